"""Expected values for PairedAnalysisAgainstScipyTest, worked out independently of Commons Math with SciPy.

Run: python3 src/test/resources/analysis/expected_values.py   (SciPy 1.17.1, NumPy 2.x)

Change is later - baseline. The paired t-test is scipy.stats.ttest_rel(later, baseline) and its confidence
interval its .confidence_interval(0.95). Cohen's d for paired data is d_z = mean(change) / SD(change), SD with
n - 1 (SciPy has no effect size, so NumPy).

Wilcoxon signed-rank: SciPy's defaults are zero_method='wilcox' (zero changes dropped before ranking),
correction=False and method='auto' (exact when there are no ties or zeros; with them a permutation test up to
n = 13 and the normal approximation above). We drop zero changes too, take Commons Math's exact p when there are
at most 30 non-zero changes and no ties among them (= SciPy method='exact'), and otherwise the normal
approximation with the tie-corrected variance and a continuity correction towards the mean
(= SciPy method='asymptotic', correction=True). SciPy's statistic is the smaller rank sum, and so is ours.
"""
import numpy as np
from scipy import stats

DATA = {
    # n = 8, GAD-7 style, no zero changes and no ties among |change|: the exact test applies
    "n8": ([12, 15, 9, 18, 11, 14, 7, 16],
           [6, 8, 10, 9, 7, 11, 2, 4]),
    # n = 40, EPDS style, one zero change and many ties: the normal approximation applies
    "n40": ([19, 23, 1, 13, 19, 21, 17, 21, 15, 17, 15, 9, 10, 16, 11, 20, 20, 23, 14, 21,
             9, 10, 14, 15, 6, 5, 16, 10, 20, 16, 16, 15, 18, 13, 19, 11, 13, 11, 17, 14],
            [19, 12, 0, 10, 14, 11, 15, 15, 12, 20, 9, 2, 8, 13, 14, 23, 19, 17, 13, 17,
             2, 7, 9, 6, 8, 0, 21, 5, 16, 15, 17, 12, 17, 10, 20, 6, 14, 9, 16, 6]),
    # n = 12, three zero changes and ties among the rest: normal approximation although n is small
    "ties": ([14, 10, 12, 9, 15, 11, 13, 10, 8, 16, 12, 11],
             [11, 10, 9, 9, 12, 13, 13, 8, 6, 12, 10, 9]),
}

for name, (baseline, later) in DATA.items():
    b = np.array(baseline, dtype=float)
    l = np.array(later, dtype=float)
    d = l - b
    t = stats.ttest_rel(l, b)
    ci = t.confidence_interval(0.95)
    nonzero = d[d != 0]
    has_ties = len(np.unique(np.abs(nonzero))) < len(nonzero)
    if len(nonzero) <= 30 and not has_ties:
        w = stats.wilcoxon(l, b, zero_method="wilcox", method="exact")
        w_method = "exact"
    else:
        w = stats.wilcoxon(l, b, zero_method="wilcox", correction=True, method="asymptotic")
        w_method = "asymptotic, correction=True"
    print(f"{name}: n={len(d)} meanBaseline={b.mean():.10g} sdBaseline={b.std(ddof=1):.10g} "
          f"meanLater={l.mean():.10g} sdLater={l.std(ddof=1):.10g}")
    print(f"  meanChange={d.mean():.10g} sdChange={d.std(ddof=1):.10g} ci95=({ci.low:.10g}, {ci.high:.10g})")
    print(f"  t={t.statistic:.10g} df={t.df:.0f} p={t.pvalue:.10g} dz={d.mean() / d.std(ddof=1):.10g}")
    print(f"  wilcoxon ({w_method}): nonZero={len(nonzero)} statistic={w.statistic:.10g} p={w.pvalue:.10g}")
