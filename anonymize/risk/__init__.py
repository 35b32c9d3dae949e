"""Re-identification risk over quasi-identifiers, and the treatment that brings it under a k threshold.

Removing names is not anonymisation: date of birth, postcode and city together single people out (WP29
opinion 05/2014 on anonymisation: singling out, linkability, inference). This module measures that risk
on a table, builds generalisation hierarchies per quasi-identifier type, searches the lattice of
generalisation levels for the cheapest combination reaching k, and applies it chunk by chunk.

Conventions, used consistently by every function here:

* A blank quasi-identifier cell (None, NaN, NaT, ``""``) and a fully generalised cell (``"*"``) are the
  same value: "no information". Blanks form equivalence classes of their own; they do not match
  anything (the ARX "suppressed cell matches any value" view is not used). pyCANON gives the same
  figures once every blank is replaced by ``"*"`` (pyCANON itself silently drops rows with NaN in a QI).
* Local suppression blanks *every* QI cell of a record; rows are never removed, so outputs keep the
  input's row count, order and non-QI ("utility") columns. Suppressed records therefore form one class
  with all fully generalised records; the planner makes that class at least k records too.
* Information loss is the Loss Metric (Iyengar 2002, "LM"; ARX's default "Loss"; the normalised
  certainty penalty of Xu et al. 2006 for categorical hierarchies): a cell whose generalised value
  covers ``c`` of the column's ``D`` distinct original values loses ``(c - 1) / (D - 1)`` (kept: 0,
  "*": 1); a suppressed cell loses 1, a blank one 0. The table's loss is the mean over records and
  quasi-identifiers, in [0, 1], and is reported per column too. Unlike an entropy measure it makes a
  partial generalisation (birth year, postcode prefix) far cheaper than emptying a column, which is
  what keeps a treated column informative. The planner minimises it exactly when the lattice is small
  enough (branch and bound on a lower bound that ignores suppression), else greedily.
* Optional l-diversity: with ``l`` > 1 and sensitive columns, classes with fewer than ``l`` distinct
  values of a sensitive column are suppressed too, and the blank class must be l-diverse itself.
* Pure pandas/numpy, vectorised: classes come from ``pd.factorize`` codes combined into one int64 key,
  and hierarchies are computed once per distinct value, never per row.

Modules, by responsibility (the names below are re-exported here; import them from ``anonymize.risk``):

* `codes`: blank cells, factorised codes and combined class keys;
* `measures`: `RiskReport`, `measure`, the Pitman population-uniqueness estimate;
* `hierarchies`: generalisation hierarchies per QI type, `generalize`, `max_level`;
* `treatment`: the `Treatment` the planner returns;
* `search`: the lattice search (exact branch and bound, or greedy);
* `chunked`: `QICounter`, counting combinations chunk by chunk, and finding suppressed rows;
* `planner`: `plan_treatment`, `plan_treatment_chunked`, `replan_treatment`;
* `apply`: `apply_treatment`, `apply_levels`;
* `density`: `text_identifier_density` for text corpora.
"""

from __future__ import annotations

from anonymize.risk.apply import apply_levels, apply_treatment
from anonymize.risk.chunked import QICounter
from anonymize.risk.codes import STAR as STAR
from anonymize.risk.density import text_identifier_density
from anonymize.risk.hierarchies import CATEGORY_TOP_N as CATEGORY_TOP_N
from anonymize.risk.hierarchies import NUMBER_BAND_WIDTHS as NUMBER_BAND_WIDTHS
from anonymize.risk.hierarchies import OTHER as OTHER
from anonymize.risk.hierarchies import QI_TYPES, generalize, max_level
from anonymize.risk.hierarchies import category_ranking as category_ranking
from anonymize.risk.hierarchies import category_vocabulary as category_vocabulary
from anonymize.risk.measures import RiskReport, measure
from anonymize.risk.measures import pitman_population_uniqueness as pitman_population_uniqueness
from anonymize.risk.planner import plan_treatment, plan_treatment_chunked, replan_treatment
from anonymize.risk.treatment import LOSS_MEASURE as LOSS_MEASURE
from anonymize.risk.treatment import Treatment

__all__ = [
    "QI_TYPES",
    "QICounter",
    "RiskReport",
    "Treatment",
    "apply_levels",
    "apply_treatment",
    "generalize",
    "max_level",
    "measure",
    "plan_treatment",
    "plan_treatment_chunked",
    "replan_treatment",
    "text_identifier_density",
]

# Above this many lattice nodes the planner walks the lattice greedily; the exact branch and bound
# also falls back to the greedy walk once it has evaluated this many (node x combination) cells.
# The search reads them from here at call time, so this package is the one place to tune (or patch) them.
_EXHAUSTIVE_MAX_NODES = 50_000
_EXHAUSTIVE_MAX_CELLS = 300_000_000
