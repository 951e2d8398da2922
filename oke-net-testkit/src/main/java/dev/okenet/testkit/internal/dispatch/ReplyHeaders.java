package dev.okenet.testkit.internal.dispatch;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * The headers of one SDK response ({@code opc-request-id}, then {@code etag}, {@code
 * opc-next-page} and {@code opc-work-request-id} when set), as a read-only map that holds only
 * the values and makes its entries when iterated: every call answers a headers map that is rarely
 * read, and a {@code LinkedHashMap} of lists was a fifth of what a simple read allocated.
 */
final class ReplyHeaders extends AbstractMap<String, List<String>> {
    private static final String[] NAMES = {"opc-request-id", "etag", "opc-next-page", "opc-work-request-id"};

    private final String[] values;

    ReplyHeaders(String opcRequestId, Reply reply) {
        this.values = new String[] {opcRequestId, reply.etag(), reply.nextPage(), reply.workRequestId()};
    }

    @Override
    public List<String> get(Object name) {
        for (int i = 0; i < NAMES.length; i++) {
            if (NAMES[i].equals(name)) {
                return values[i] == null ? null : List.of(values[i]);
            }
        }
        return null;
    }

    @Override
    public boolean containsKey(Object name) {
        return get(name) != null;
    }

    @Override
    public Set<Entry<String, List<String>>> entrySet() {
        List<Entry<String, List<String>>> entries = new ArrayList<>(NAMES.length);
        for (int i = 0; i < NAMES.length; i++) {
            if (values[i] != null) {
                entries.add(new SimpleImmutableEntry<>(NAMES[i], List.of(values[i])));
            }
        }
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, List<String>>> iterator() {
                return entries.iterator();
            }

            @Override
            public int size() {
                return entries.size();
            }
        };
    }
}
