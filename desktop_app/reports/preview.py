"""The written report as rich text for the window's live preview: the same ``WrittenReport`` the DOCX
and PDF writers lay out (heading, number, sections with their tables, signature, recipients), in the
subset of HTML a Qt text view shows."""

from __future__ import annotations

from html import escape

from . import fmt
from .document import Table, WrittenReport


def _cell(value: str | int) -> str:
    return escape(fmt.num(value) if isinstance(value, int) else value)


def _table(table: Table) -> str:
    head = "".join(f"<th>{escape(h)}</th>" for h in table.headers)
    rows = ["<tr>" + "".join(f"<td>{_cell(c)}</td>" for c in row) + "</tr>" for row in table.rows]
    if table.total:
        rows.append("<tr>" + "".join(f"<td><b>{_cell(c)}</b></td>" for c in table.total) + "</tr>")
    caption = f"<p align='center'><i>{escape(table.caption)}</i></p>" if table.caption else ""
    grid = "<table border='1' cellspacing='0' cellpadding='3' width='100%'>"
    return f"{caption}{grid}<tr>{head}</tr>{''.join(rows)}</table>"


def as_html(written: WrittenReport) -> str:
    """The report as HTML (no script, no external resource: every text is escaped)."""
    left = "<br>".join(escape(line) for line in written.header_left)
    motto = "<br>".join(f"<b>{escape(line)}</b>" for line in written.motto if line)
    parts = [
        "<table width='100%'><tr>",
        f"<td align='center' width='45%'><b>{left}</b><br>{escape(written.number)}</td>",
        f"<td align='center'>{motto}<br><i>{escape(written.place_date)}</i></td>",
        "</tr></table>",
        f"<h3 align='center'>{escape(written.title)}<br>{escape(written.subtitle)}</h3>",
        f"<p>{escape(written.intro)}</p>",
    ]
    for section in written.sections:
        parts.append(f"<h4>{escape(section.heading)}</h4>")
        for block in section.blocks:
            if isinstance(block, Table):
                parts.append(_table(block))
            elif isinstance(block, tuple):
                parts.append(f"<p><b>{escape(block[1])}</b></p>")
            else:
                parts.append(f"<p>{escape(block)}</p>")
    for note in written.notes:
        parts.append(f"<p><i>{escape(note)}</i></p>")
    recipients = "<br>".join(escape(r) for r in written.recipients)
    signer = "<br>".join(f"<b>{escape(line)}</b>" for line in written.signer)
    name = escape(written.options.signer_name)
    parts.append(
        "<table width='100%'><tr>"
        f"<td width='50%' valign='top'><b><i>Nơi nhận:</i></b><br>{recipients}</td>"
        f"<td align='center' valign='top'>{signer}<br><br><br><b>{name}</b></td>"
        "</tr></table>"
    )
    return "\n".join(parts)
