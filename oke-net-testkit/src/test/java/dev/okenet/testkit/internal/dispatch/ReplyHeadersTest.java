package dev.okenet.testkit.internal.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A response's headers read as the ordered map of lists the SDK expects, with only the headers set. */
class ReplyHeadersTest {
    @Test
    void everyCombinationOfHeadersReadsAsTheOrderedMapOfThoseHeaders() {
        for (int mask = 0; mask < 8; mask++) {
            Reply reply = Reply.of(null).etag((mask & 1) != 0 ? "e-1" : null).nextPage((mask & 2) != 0 ? "p2" : null)
                    .workRequest((mask & 4) != 0 ? "wr" : null);
            Map<String, List<String>> expected = new LinkedHashMap<>();
            expected.put("opc-request-id", List.of("rid"));
            if (reply.etag() != null) {
                expected.put("etag", List.of("e-1"));
            }
            if (reply.nextPage() != null) {
                expected.put("opc-next-page", List.of("p2"));
            }
            if (reply.workRequestId() != null) {
                expected.put("opc-work-request-id", List.of("wr"));
            }

            ReplyHeaders headers = new ReplyHeaders("rid", reply);

            assertThat(headers).as("mask %d", mask).containsExactlyEntriesOf(expected);
            assertThat(headers.get("etag")).isEqualTo(expected.get("etag"));
            assertThat(headers.get("absent")).isNull();
        }
    }
}
