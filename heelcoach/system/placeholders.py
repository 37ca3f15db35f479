"""Qt's placeholders (%1, %2 ...) filled in a translated text, without Qt: the words,
the sound's messages and the lock's all fill them the same way."""

from __future__ import annotations


def fill(template: str, *values: object) -> str:
    """A translated template with its %1, %2 ... filled in, as Qt's QString.arg() would:
    each at once, so that a value holding "%2" is not filled in again."""
    parts = template.split("%")
    out = [parts[0]]
    for part in parts[1:]:
        digit = part[:1]
        if digit.isdigit() and 1 <= int(digit) <= len(values):
            out.append(str(values[int(digit) - 1]) + part[1:])
        else:
            out.append("%" + part)
    return "".join(out)
