package fr.mosaic.benchmark;

import java.time.Duration;
import java.util.Arrays;

import org.jspecify.annotations.Nullable;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;

/**
 * A linear model, <em>maximise c·x subject to A·x ≤ b and 0 ≤ x ≤ u</em> with integer coefficients, written once and
 * solved two ways: as an integer model by CP-SAT, and as its LP relaxation by GLOP. Both answers are upper bounds on
 * the integer optimum.
 * <p>
 * The model is kept column by column in plain arrays, not in solver objects: XL's relaxed model has about four million
 * columns, which fit a 2 GB heap this way (some 200 MB) but not as CP-SAT variables, and GLOP takes minutes and
 * gigabytes of native memory on all of them at once. Large models are therefore solved by column generation: GLOP
 * solves the LP on some columns, each other column's reduced cost is computed here from that solution's duals, and the
 * few most promising columns of each request are added, until none would improve the LP (a handful of rounds on XL).
 * The figure returned is then computed here by weak duality from the last duals (for any row prices y ≥ 0, y·b + Σ
 * u_j·max(0, c_j − y·A_j) bounds the LP from above), so it does not depend on GLOP's tolerances and equals the LP
 * optimum once no column is left to add.
 */
final class LinearModel {

	/** Columns given to GLOP at once; above this, the priced columns enter by column generation. */
	static final int LP_COLUMNS_AT_ONCE = 300_000;

	/** Columns added per round of column generation and first row (request), at most. */
	private static final int LP_COLUMNS_PER_ROW = 4;

	/** A reduced cost above this (objective units per unit of the column) lets a column into the LP. */
	private static final double REDUCED_COST_TOLERANCE = 1e-6;

	private long[] rhs = new long[1024];

	private int rowCount;

	private int[] columnStart = new int[1025];

	private int[] upper = new int[1024];

	private int[] objective = new int[1024];

	private boolean[] priced = new boolean[1024];

	private int columnCount;

	private int[] rows = new int[4096];

	private int[] coefficients = new int[4096];

	private int termCount;

	/** A new row {@code Σ terms ≤ rhs}; returns its index. */
	int row(long bound) {
		if (rowCount == rhs.length) {
			rhs = Arrays.copyOf(rhs, rowCount * 2);
		}
		rhs[rowCount] = bound;
		return rowCount++;
	}

	/**
	 * A new column {@code 0 ≤ x ≤ max}, worth {@code value} in the objective; its terms follow through {@link #term}.
	 * With {@code pricedColumn}, it enters a large LP only when its reduced cost says it could improve the LP; the
	 * others (those that make the LP feasible from the start, and the few per worker) are always in.
	 */
	void column(int max, int value, boolean pricedColumn) {
		if (columnCount == upper.length) {
			int size = columnCount * 2;
			upper = Arrays.copyOf(upper, size);
			objective = Arrays.copyOf(objective, size);
			priced = Arrays.copyOf(priced, size);
			columnStart = Arrays.copyOf(columnStart, size + 1);
		}
		upper[columnCount] = max;
		objective[columnCount] = value;
		priced[columnCount] = pricedColumn;
		columnCount++;
		columnStart[columnCount] = termCount;
	}

	/** Adds {@code coefficient · x} of the last column to {@code row}; each row at most once per column. */
	void term(int row, int coefficient) {
		if (coefficient == 0) {
			return;
		}
		if (termCount == rows.length) {
			rows = Arrays.copyOf(rows, termCount * 2);
			coefficients = Arrays.copyOf(coefficients, termCount * 2);
		}
		rows[termCount] = row;
		coefficients[termCount] = coefficient;
		termCount++;
		columnStart[columnCount] = termCount;
	}

	int columns() {
		return columnCount;
	}

	/**
	 * The integer model's bound as CP-SAT proves it with {@code solver}'s parameters: the floor of its best objective
	 * bound, or null when it found no solution within its time.
	 *
	 * @throws IllegalStateException when CP-SAT finds the model infeasible or invalid (a bound model always has a
	 *         solution: no shift at all)
	 */
	@Nullable
	Long cpSat(CpSolver solver) {
		CpModel model = new CpModel();
		IntVar[] x = new IntVar[columnCount];
		LinearExprBuilder[] sums = new LinearExprBuilder[rowCount];
		LinearExprBuilder value = LinearExpr.newBuilder();
		for (int j = 0; j < columnCount; j++) {
			x[j] = model.newIntVar(0, upper[j], "x" + j);
			for (int k = columnStart[j]; k < columnStart[j + 1]; k++) {
				if (sums[rows[k]] == null) {
					sums[rows[k]] = LinearExpr.newBuilder();
				}
				sums[rows[k]].addTerm(x[j], coefficients[k]);
			}
			if (objective[j] != 0) {
				value.addTerm(x[j], objective[j]);
			}
		}
		for (int i = 0; i < rowCount; i++) {
			if (sums[i] != null) {
				model.addLessOrEqual(sums[i], rhs[i]);
			}
		}
		model.maximize(value);
		CpSolverStatus status = solver.solve(model);
		if (status == CpSolverStatus.INFEASIBLE || status == CpSolverStatus.MODEL_INVALID) {
			throw new IllegalStateException("bound model " + status);
		}
		if (status != CpSolverStatus.OPTIMAL && status != CpSolverStatus.FEASIBLE) {
			return null;
		}
		return (long) Math.floor(solver.bestObjectiveBound() + 1e-6);
	}

	/**
	 * The LP relaxation's optimum, rounded down, solved by GLOP within {@code limit} (elapsed, all rounds of column
	 * generation together); null when a GLOP solve does not end OPTIMAL or the limit ends before the LP optimum is
	 * proven.
	 *
	 * @param ceiling a value no solution of the model exceeds, known to the caller (all the requested minutes, no
	 *        shortfall): the LP optimum once a restricted LP reaches it, whatever the columns left out
	 *
	 * @throws IllegalStateException when GLOP finds the LP infeasible (x = 0 restricted to the unpriced columns must be
	 *         feasible)
	 */
	@Nullable
	Long lp(Duration limit, long ceiling) {
		return lp(limit, ceiling, LP_COLUMNS_AT_ONCE);
	}

	/**
	 * As {@link #lp(Duration, long)}, with column generation as soon as there are more than {@code columnsAtOnce}
	 * priced columns.
	 */
	@Nullable
	Long lp(Duration limit, long ceiling, int columnsAtOnce) {
		long deadline = System.nanoTime() + limit.toNanos();
		MPSolver solver = MPSolver.createSolver("GLOP");
		try {
			MPConstraint[] constraints = new MPConstraint[rowCount];
			for (int i = 0; i < rowCount; i++) {
				constraints[i] = solver.makeConstraint(-MPSolver.infinity(), rhs[i]);
			}
			solver.objective().setMaximization();
			boolean[] in = new boolean[columnCount];
			int pricedColumns = 0;
			for (int j = 0; j < columnCount; j++) {
				pricedColumns += priced[j] ? 1 : 0;
			}
			boolean all = pricedColumns <= columnsAtOnce;
			for (int j = 0; j < columnCount; j++) {
				if (all || !priced[j]) {
					add(solver, constraints, j);
					in[j] = true;
				}
			}
			double[] prices = new double[rowCount];
			double[] reducedCosts = new double[columnCount];
			while (true) {
				long left = (deadline - System.nanoTime()) / 1_000_000;
				if (left <= 0) {
					return null;
				}
				solver.setTimeLimit(left);
				MPSolver.ResultStatus status = solver.solve();
				if (status == MPSolver.ResultStatus.INFEASIBLE) {
					throw new IllegalStateException("bound LP " + status);
				}
				if (status != MPSolver.ResultStatus.OPTIMAL) {
					return null;
				}
				if (solver.objective().value() >= ceiling - 1e-9 * Math.abs(ceiling) - 1e-6) {
					return ceiling;
				}
				for (int i = 0; i < rowCount; i++) {
					// a ≤ row of a maximisation has a price ≥ 0; GLOP's tolerances may leave a tiny negative one
					prices[i] = Math.max(0, constraints[i].dualValue());
				}
				double bound = 0;
				for (int i = 0; i < rowCount; i++) {
					bound += prices[i] * rhs[i];
				}
				int entering = 0;
				for (int j = 0; j < columnCount; j++) {
					double reduced = objective[j];
					for (int k = columnStart[j]; k < columnStart[j + 1]; k++) {
						reduced -= prices[rows[k]] * coefficients[k];
					}
					if (reduced > 0) {
						bound += upper[j] * reduced;
					}
					reducedCosts[j] = in[j] ? 0 : reduced;
					entering += !in[j] && reduced > REDUCED_COST_TOLERANCE ? 1 : 0;
				}
				if (entering == 0) {
					// weak duality holds for any prices ≥ 0; the margin covers the rounding of the sums above
					return (long) Math.floor(bound + 1e-9 * Math.abs(bound) + 1e-6);
				}
				// each row's best few: priced columns that share their first row (the same request) compete for it
				int[] best = new int[rowCount * LP_COLUMNS_PER_ROW];
				Arrays.fill(best, -1);
				for (int j = 0; j < columnCount; j++) {
					if (in[j] || reducedCosts[j] <= REDUCED_COST_TOLERANCE) {
						continue;
					}
					int group = columnStart[j] < columnStart[j + 1] ? rows[columnStart[j]] : 0;
					int slot = group * LP_COLUMNS_PER_ROW;
					int candidate = j;
					for (int k = slot; k < slot + LP_COLUMNS_PER_ROW && candidate >= 0; k++) {
						if (best[k] < 0 || better(reducedCosts, candidate, best[k])) {
							int displaced = best[k];
							best[k] = candidate;
							candidate = displaced;
						}
					}
				}
				for (int j : best) {
					if (j >= 0) {
						add(solver, constraints, j);
						in[j] = true;
					}
				}
			}
		} finally {
			solver.delete();
		}
	}

	/**
	 * Whether column {@code a} is likelier than {@code b} to improve the LP: a higher reduced cost, or on a tie (all of
	 * a request's columns tie before any price is known) a scrambled order, so that a round spreads over the workers
	 * instead of handing every request to the first ones.
	 */
	private static boolean better(double[] reducedCosts, int a, int b) {
		double difference = reducedCosts[a] - reducedCosts[b];
		if (Math.abs(difference) > REDUCED_COST_TOLERANCE) {
			return difference > 0;
		}
		return Integer.compareUnsigned(scramble(a), scramble(b)) < 0;
	}

	private static int scramble(int j) {
		int h = j * 0x9E3779B9;
		return h ^ (h >>> 16);
	}

	private void add(MPSolver solver, MPConstraint[] constraints, int j) {
		MPVariable x = solver.makeNumVar(0, upper[j], "");
		for (int k = columnStart[j]; k < columnStart[j + 1]; k++) {
			constraints[rows[k]].setCoefficient(x, coefficients[k]);
		}
		if (objective[j] != 0) {
			solver.objective().setCoefficient(x, objective[j]);
		}
	}

}
