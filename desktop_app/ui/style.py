"""The look: one stylesheet, its sizes derived from the base font so 125 % and 150 % scale it all."""

from __future__ import annotations


def stylesheet(base_pt: float) -> str:
    h1, h2 = base_pt * 1.45, base_pt * 1.15
    return f"""
QLabel#h1 {{ font-size: {h1:.1f}pt; font-weight: 600; color: #1f3b63; }}
QLabel#h2 {{ font-size: {h2:.1f}pt; font-weight: 600; color: #1f3b63; }}
QLabel#hint {{ color: #5a6270; }}
QLabel#error {{ color: #b00020; font-weight: 600; }}
QLabel#fingerprint {{ font-family: monospace; font-size: {h1:.1f}pt; letter-spacing: 2px; }}
QListWidget#nav {{ background: #f0f3f8; border: none; border-right: 1px solid #d5dbe5; padding-top: 6px; }}
QListWidget#nav::item {{ padding: 4px 8px; border-radius: 4px; margin: 1px 6px; color: #1f2a3a; }}
QListWidget#nav::item:selected {{ background: #2b5797; color: white; }}
QFrame#card {{ background: #ffffff; border: 1px solid #d5dbe5; border-radius: 6px; }}
QFrame#banner {{ border-radius: 4px; border: 1px solid #9fb6d6; background: #eaf1fb; }}
QFrame#banner[kind="success"] {{ border-color: #8cc49a; background: #e9f6ec; }}
QFrame#banner[kind="warning"] {{ border-color: #e0b252; background: #fff6dd; }}
QFrame#banner[kind="error"] {{ border-color: #d9828c; background: #fdecee; }}
QLineEdit[invalid="true"], QSpinBox[invalid="true"], QPlainTextEdit[invalid="true"] {{ border: 2px solid #b00020; }}
QPushButton {{ padding: 4px 12px; }}
QPushButton[primary="true"] {{ background: #2b5797; color: white; border: 1px solid #1f3b63;
    border-radius: 4px; padding: 5px 16px; font-weight: 600; }}
QPushButton[primary="true"]:disabled {{ background: #9aaecb; }}
"""
