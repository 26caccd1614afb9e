"""Typed unit codes: one unit or a refusal naming every unit the code could mean."""

from __future__ import annotations

import pytest

from desktop_app.core.enums import Role
from desktop_app.core.errors import NotFoundError, ValidationError
from desktop_app.services import Services
from tests.conftest import fixed_today


@pytest.fixture
def services(tmp_path):
    s = Services.open(tmp_path / "d", today=fixed_today)
    yield s
    s.close()


def test_a_bare_code_of_a_province_and_a_commune_is_refused_naming_both(services):
    with pytest.raises(ValidationError) as refused:
        services.identity.init("82", Role.AGGREGATOR)
    assert "Tỉnh Đồng Tháp (P82)" in refused.value.message
    assert "Phường Cửa Nam, Thành phố Hà Nội (00082)" in refused.value.message
    assert not services.identity.initialised


@pytest.mark.parametrize(("typed", "code"), [("P82", "P82"), ("00082", "82"), ("30130", "30130"), ("p04", "P04")])
def test_codes_written_in_full_name_one_unit(services, typed, code):
    assert [u.code for u in services.units.named_by_code(typed)] == [code]
    if typed.isdigit() or typed.startswith("P"):
        services.identity.init(typed, Role.AGGREGATOR)
        assert services.identity.installation.unit_code == code


def test_the_picker_sees_both_units_a_bare_code_names(services):
    assert [u.code for u in services.units.named_by_code("4")] == ["P04", "4"]
    assert services.units.unambiguous_code("4") == "00004"
    assert services.units.unambiguous_code("P04") == "P04"


def test_a_number_no_unit_has_is_not_found(services):
    with pytest.raises(NotFoundError):
        services.identity.init("99", Role.AGGREGATOR)
