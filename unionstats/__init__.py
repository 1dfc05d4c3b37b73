"""unionstats: every quantitative claim of Chinese trade-union reports, as a tidy table.

    >>> from unionstats import extract_text
    >>> [(c.value, c.unit, c.category) for c in extract_text("全市工会会员数63.88万名。")]
    [(638800, '人', 'membership')]
"""
from .api import ExtractResult, evaluate, extract, extract_frame, load_claims, make_extractor
from .run import Run
from .claims import COLUMNS, Claim, Extractor, extract_text
from .rules import RuleError, load_rules
from .sources import SourceError
from .table import claims_frame, read_table
from .writer import TableWriter, write_table

__version__ = "0.1.0"
__all__ = ["COLUMNS", "Claim", "ExtractResult", "Extractor", "RuleError", "SourceError", "claims_frame",
           "evaluate", "extract", "extract_frame", "extract_text", "Run", "load_claims", "load_rules", "make_extractor",
           "read_table", "write_table", "TableWriter", "__version__"]
