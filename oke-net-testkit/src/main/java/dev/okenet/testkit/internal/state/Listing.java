package dev.okenet.testkit.internal.state;

import dev.okenet.testkit.internal.error.OciErrors;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Sorting and pagination the way OCI list operations do them: {@code sortBy} TIMECREATED
 * (descending by default) or DISPLAYNAME (ascending by default, case-sensitive), {@code limit},
 * and an opaque {@code page} token answered by {@code opc-next-page} while more remain.
 * Without {@code sortBy}, items come in creation order.
 */
public final class Listing {
    /** One page of results and the token for the next, or null when this is the last. */
    public record Page<T>(List<T> items, String nextPage) {
        public <R> Page<R> map(Function<T, R> mapper) {
            return new Page<>(items.stream().map(mapper).toList(), nextPage);
        }
    }

    private static final String TOKEN_PREFIX = "fakeoci-page-";
    private static final int MAX_LIMIT = 1000;

    private final int defaultLimit;

    public Listing(int defaultLimit) {
        this.defaultLimit = defaultLimit;
    }

    public <M> Page<Resource<M>> page(
            List<Resource<M>> matches, String sortBy, String sortOrder, Integer limit, String page) {
        Comparator<Resource<M>> order = Comparator.comparingLong(Resource::sequence);
        if ("DISPLAYNAME".equals(sortBy)) {
            Comparator<Resource<M>> byName = Comparator.comparing(
                    r -> r.displayName() == null ? "" : r.displayName());
            order = byName.thenComparing(order);
            if ("DESC".equals(sortOrder)) {
                order = order.reversed();
            }
        } else if ("TIMECREATED".equals(sortBy) || sortOrder != null) {
            order = Comparator.<Resource<M>>comparingLong(r -> r.lifecycle().createdAt()).thenComparing(order);
            if (!"ASC".equals(sortOrder)) {
                order = order.reversed();
            }
        }
        return slice(matches.stream().sorted(order).toList(), limit, page);
    }

    /** Pages an already ordered list. */
    public <T> Page<T> slice(List<T> ordered, Integer limit, String page) {
        int size = limit == null ? defaultLimit : limit;
        if (size < 1 || size > MAX_LIMIT) {
            throw OciErrors.invalid("limit " + limit + " is out of range; use 1 to " + MAX_LIMIT + ".");
        }
        int offset = offsetOf(page);
        int end = Math.min(ordered.size(), offset + size);
        List<T> items = offset >= ordered.size() ? List.of() : List.copyOf(ordered.subList(offset, end));
        String next = end < ordered.size() ? TOKEN_PREFIX + end : null;
        return new Page<>(items, next);
    }

    private static int offsetOf(String page) {
        if (page == null) {
            return 0;
        }
        try {
            if (page.startsWith(TOKEN_PREFIX)) {
                int offset = Integer.parseInt(page.substring(TOKEN_PREFIX.length()));
                if (offset >= 0) {
                    return offset;
                }
            }
        } catch (NumberFormatException e) {
            // fall through to the error below
        }
        throw OciErrors.invalid("The page token '" + page
                + "' is not valid; pass the opc-next-page value of the previous response unchanged.");
    }
}
