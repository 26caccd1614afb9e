"""The services facade: one session, one attribute per family of use cases, one way to call each."""

from __future__ import annotations

import inspect

from desktop_app.core.enums import Role
from desktop_app.services import Services, Session

FAMILIES = {
    "identity",
    "units",
    "talks",
    "groups",
    "channels",
    "library",
    "quarantine",
    "maintenance",
    "exchange",
    "reports",
    "packs",
    "assistant",
    "force",
    "calendar",
    "regularity",
    "orientation",
    "areas",
}


def test_the_facade_offers_the_families_and_nothing_that_forwards(services):
    public = {name for name in dir(services) if not name.startswith("_")}
    assert public == FAMILIES | {"session", "data_dir", "open", "close", "reopened"}
    own_methods = {n for n, v in vars(Services).items() if inspect.isfunction(v) and not n.startswith("_")}
    assert own_methods == {"close", "reopened"}  # open is a classmethod; no use case is forwarded


def test_every_family_works_over_the_one_session(services):
    assert isinstance(services.session, Session)
    for name in FAMILIES:
        assert getattr(services, name)._session is services.session


def test_what_one_family_writes_the_others_see_at_once(services):
    talk = services.talks.add(held_on="2026-11-18", place="Nhà văn hóa ấp Tân Mỹ", questions_text="Giá lúa")
    assert services.library.search("tan my")[0].ref_id == talk.id
    assert services.exchange.status().waiting >= 1
    assert services.session.clock.last == talk.hlc  # one clock: the talk took the latest version


def test_a_reopened_facade_keeps_the_calendar_and_sees_the_same_data(services):
    talk = services.talks.add(held_on="2026-11-18", place="Ấp Hòa Bình")
    again = services.reopened()
    try:
        assert again.session.today == services.session.today
        assert again.talks.get(talk.id) == talk
    finally:
        again.close()


def test_the_session_forgets_the_identity_it_cached(data_dir):
    s = Services.open(data_dir)
    try:
        assert not s.identity.initialised
        s.identity.init("30130", Role.COMMUNE, "Nguyễn Văn Hùng")
        first = s.session.installation
        assert s.session.installation is first  # read once
        s.session.forget_identity()
        assert s.session.installation is not first and s.session.installation == first
    finally:
        s.close()
