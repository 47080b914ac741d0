"""Field extraction from penalty decisions: sections, then one module per field family.

Every producer has a versioned name (``extract.amounts.v1`` ...) that it writes into the
``producer`` of each value it extracts; ``analysis.extract.component`` registers the
pipeline component ``extract.fields.v1`` that fills ``record.fields``.
"""

from analysis.extract.document import Document

__all__ = ["Document"]
