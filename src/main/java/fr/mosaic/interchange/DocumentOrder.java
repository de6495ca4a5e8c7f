package fr.mosaic.interchange;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Orders errors as a reader meets their places in the document: fields in the order the document writes them (its
 * record's components), list entries by index ({@code [10]} after {@code [9]}), map entries in the map's order, and a
 * list or object before what it holds. Errors at the same place keep the order they were found in.
 */
final class DocumentOrder {

	/** {@code .name}, {@code [3]} or {@code ['m1-s1']}, as {@link JsonPaths} writes them. */
	private static final Pattern STEP = Pattern.compile("\\.(\\w+)|\\[(\\d+)]|\\['((?:[^'\\\\]|\\\\.)*)']");

	/** Where a place is past what the document holds, it sorts after what it does hold. */
	private static final int UNKNOWN = Integer.MAX_VALUE;

	private static final Comparator<List<Integer>> LEXICOGRAPHIC = (a, b) -> {
		for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
			var order = Integer.compare(a.get(i), b.get(i));
			if (order != 0) {
				return order;
			}
		}
		return Integer.compare(a.size(), b.size());
	};

	private DocumentOrder() {
	}

	static List<ProblemError> sorted(Object document, Collection<ProblemError> errors) {
		record Placed(List<Integer> place, ProblemError error) {
		}
		return errors.stream().map(error -> new Placed(place(document, error.path()), error))
				.sorted(Comparator.comparing(Placed::place, LEXICOGRAPHIC)).map(Placed::error).toList();
	}

	/** The rank of each step of the path among its siblings: {@code $.requests[2].count} is [6, 2, 5]. */
	static List<Integer> place(Object document, String path) {
		var ranks = new ArrayList<Integer>();
		@Nullable
		Object node = document;
		var step = STEP.matcher(path).region(JsonPaths.ROOT.length(), path.length());
		while (step.lookingAt()) {
			if (step.group(2) != null) {
				var index = Integer.parseInt(step.group(2));
				ranks.add(index);
				node = node instanceof List<?> list && index < list.size() ? list.get(index) : null;
			} else if (node instanceof Map<?, ?> map) {
				// A plain key such as "m1" is written as a field, any other in brackets.
				var key = step.group(1) != null ? step.group(1) : step.group(3).replaceAll("\\\\(.)", "$1");
				var keys = List.copyOf(map.keySet());
				ranks.add(keys.contains(key) ? keys.indexOf(key) : UNKNOWN);
				node = map.get(key);
			} else {
				var rank = step.group(1) == null ? UNKNOWN : rank(node, step.group(1));
				ranks.add(rank);
				node = rank == UNKNOWN ? null : value(node.getClass().getRecordComponents()[rank], node);
			}
			step.region(step.end(), path.length());
		}
		return ranks;
	}

	/** The place of a field among its record's components, which the document writes in their order. */
	private static int rank(@Nullable Object node, String name) {
		var components = node == null || !node.getClass().isRecord()
				? new RecordComponent[0]
				: node.getClass().getRecordComponents();
		for (int i = 0; i < components.length; i++) {
			if (components[i].getName().equals(name)) {
				return i;
			}
		}
		return UNKNOWN;
	}

	private static @Nullable Object value(RecordComponent component, Object record) {
		try {
			return component.getAccessor().invoke(record);
		} catch (IllegalAccessException | InvocationTargetException ex) {
			throw new IllegalStateException("cannot read " + component, ex);
		}
	}

}
