#!/usr/bin/env python3
"""Expected values for StatisticsTests, computed with SciPy (not with cxsite's formulas where
SciPy has the method): quantiles and distribution functions, the t interval, Welch's test and
Mood's median test from scipy.stats; the Wilson, adjusted-Wald NPS, two-proportion and median
order-statistic values from their textbook formulas with SciPy's quantiles and binomial.
Run: python3 generate.py  (writes expected.json beside it; deterministic)."""
import json, math, os, random
from scipy import stats

out = {}
out["normal_quantile"] = [[p, stats.norm.ppf(p)] for p in [1e-6, 0.001, 0.01, 0.02425, 0.025, 0.05, 0.1, 0.5, 0.9, 0.975, 0.995, 0.9995]]
out["t_quantile"] = [[p, df, stats.t.ppf(p, df)] for p, df in [(0.975, 1), (0.975, 2), (0.975, 9), (0.975, 29), (0.95, 4.5), (0.995, 120), (0.9, 3), (0.6, 1000), (0.025, 7)]]
out["t_cdf"] = [[t, df, stats.t.cdf(t, df)] for t, df in [(0, 5), (1.5, 3), (-2.2, 11), (3.7, 1), (10, 40), (0.3, 0.7), (-25, 2)]]

def wilson(x, n, conf):
    z = stats.norm.ppf(1 - (1 - conf / 100) / 2)
    p = x / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z / (1 + z * z / n) * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
    return [100 * max(0, centre - half), 100 * min(1, centre + half)]
out["wilson"] = [[x, n, c] + wilson(x, n, c) for x, n, c in [(81, 263, 95), (0, 10, 95), (10, 10, 95), (15, 148, 95), (380, 400, 95), (3, 7, 80), (412, 500, 99.9)]]

def nps(pro, det, n, conf):
    n2 = n + 3
    pp, pm = (pro + 0.75) / n2, (det + 0.75) / n2
    se = math.sqrt((pp + pm - (pp - pm) ** 2) / n2)
    z = stats.norm.ppf(1 - (1 - conf / 100) / 2)
    return [100 * (pp - pm), 100 * se, max(-100, 100 * (pp - pm - z * se)), min(100, 100 * (pp - pm + z * se))]
out["nps"] = [[a, b, n, c] + nps(a, b, n, c) for a, b, n, c in [(200, 60, 412, 95), (5, 0, 5, 95), (0, 30, 30, 90), (150, 150, 400, 95)]]

def nps_change(a1, b1, n1, a2, b2, n2):
    s1, e1 = nps(a1, b1, n1, 95)[:2]
    s2, e2 = nps(a2, b2, n2, 95)[:2]
    z = (s1 - s2) / math.sqrt(e1 ** 2 + e2 ** 2)
    return [z, 2 * stats.norm.sf(abs(z))]
out["nps_change"] = [[a1, b1, n1, a2, b2, n2] + nps_change(a1, b1, n1, a2, b2, n2) for a1, b1, n1, a2, b2, n2 in [(200, 60, 412, 180, 70, 400), (90, 10, 120, 40, 45, 130)]]

rng = random.Random(2026)
def sample(n, mu, sigma):
    return [round(rng.gauss(mu, sigma), 3) for _ in range(n)]
means = []
for n, mu, sigma, conf in [(12, 5.2, 1.1, 95), (2, 4.0, 0.5, 95), (40, 5.6, 0.9, 99), (300, 5.5, 1.3, 80)]:
    data = sample(n, mu, sigma)
    m, s = sum(data) / n, stats.tstd(data)
    low, high = stats.t.interval(conf / 100, n - 1, loc=m, scale=s / math.sqrt(n))
    means.append([data, conf, m, s, low, high])
out["mean_interval"] = means

medians = []
for n, conf in [(5, 95), (6, 95), (7, 95), (20, 95), (101, 95), (33, 80)]:
    data = [round(rng.expovariate(1 / 20), 2) for _ in range(n)]
    alpha = 1 - conf / 100
    l = 0
    while l + 1 <= n // 2 and stats.binom.cdf(l, n, 0.5) <= alpha / 2:
        l += 1
    xs = sorted(data)
    medians.append([data, conf, None if l == 0 else xs[l - 1], None if l == 0 else xs[n - l]])
out["median_interval"] = medians

def two_proportion(x1, n1, x2, n2):
    p = (x1 + x2) / (n1 + n2)
    z = (x1 / n1 - x2 / n2) / math.sqrt(p * (1 - p) * (1 / n1 + 1 / n2))
    return [z, 2 * stats.norm.sf(abs(z))]
out["two_proportion"] = [[a, b, c, d] + two_proportion(a, b, c, d) for a, b, c, d in [(340, 400, 285, 380), (85, 100, 75, 100), (9, 12, 6, 11)]]

welch = []
for (n1, m1, s1), (n2, m2, s2) in [((30, 5.5, 1.0), (25, 5.0, 1.5)), ((8, 4.0, 0.7), (40, 4.3, 0.6)), ((3, 1.0, 0.1), (3, 1.1, 0.5))]:
    a, b = sample(n1, m1, s1), sample(n2, m2, s2)
    t, p = stats.ttest_ind(a, b, equal_var=False)
    welch.append([a, b, float(t), float(p)])
out["welch"] = welch

mood = []
for n1, n2 in [(40, 35), (12, 9), (200, 180)]:
    a = [round(rng.expovariate(1 / 10), 1) for _ in range(n1)]
    b = [round(rng.expovariate(1 / 14), 1) for _ in range(n2)]
    stat, p, _, _ = stats.median_test(a, b, ties="below", correction=False)
    mood.append([a, b, float(stat), float(p)])
out["median_test"] = mood

with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "expected.json"), "w") as f:
    json.dump(out, f, indent=1, sort_keys=True)
    f.write("\n")
