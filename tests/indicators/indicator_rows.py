"""What the step tables of tests/indicators/ share: the record of one figure of a sentence."""

import pytest

import vnextract


def one(text, published, qv=None, cv=None):
    """The indicator of ``text`` whose quantity is ``qv`` and change ``cv`` (None: any; ``qv``
    None: no quantity), checked to quote its own text."""
    art = vnextract.extract(text, published=published)
    for i in art.indicators:
        q = i.quantity.value if i.quantity else None
        c = (i.change.value if i.change.value is not None else i.change.min) if i.change else None
        if (qv is None or (q is not None and q == pytest.approx(qv))) and (
                cv is None or (c is not None and c == pytest.approx(cv))) and (qv is not None or q is None):
            assert art.text[i.start:i.end] == i.text
            return i
    raise AssertionError([(i.name, i.quantity and i.quantity.text, i.change and i.change.text) for i in art.indicators])
