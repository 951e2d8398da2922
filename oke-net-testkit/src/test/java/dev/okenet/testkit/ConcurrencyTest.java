package dev.okenet.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.oracle.bmc.core.VirtualNetwork;
import com.oracle.bmc.core.model.Vcn;
import com.oracle.bmc.model.BmcException;
import dev.okenet.testkit.http.Door;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(Door.class)
class ConcurrencyTest {
    private final Door door;

    ConcurrencyTest(Door door) {
        this.door = door;
    }

    /** Runs {@code tasks} on 8 threads at once and returns their results, in task order. */
    private static <T> List<T> resultsOf(List<Callable<T>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<T> results = new ArrayList<>();
            for (Future<T> result : pool.invokeAll(tasks)) {
                results.add(result.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void concurrentCreatesOfDistinctSubnetsAllSucceed() throws Exception {
        try (FakeOci oci = FakeOci.create()) {
            VirtualNetwork vn = door.virtualNetwork(oci);
            Vcn vcn = Fixtures.vcn(vn, "c", "10.0.0.0/16");
            List<Callable<String>> tasks = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                int third = i;
                tasks.add(() -> Fixtures.subnet(vn, vcn, "s" + third, "10.0." + third + ".0/24").getId());
            }

            List<String> ids = resultsOf(tasks);

            assertThat(ids).hasSize(200).doesNotHaveDuplicates();
        }
    }

    @Test
    void concurrentCreatesOfTheSameCidrLetExactlyOneWin() throws Exception {
        try (FakeOci oci = FakeOci.create()) {
            VirtualNetwork vn = door.virtualNetwork(oci);
            Vcn vcn = Fixtures.vcn(vn, "c", "10.0.0.0/16");
            List<Callable<Integer>> tasks = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                tasks.add(() -> {
                    try {
                        Fixtures.subnet(vn, vcn, "same", "10.0.1.0/24");
                        return 200;
                    } catch (BmcException e) {
                        return e.getStatusCode();
                    }
                });
            }

            List<Integer> statuses = resultsOf(tasks);

            assertThat(statuses).containsOnlyOnce(200).filteredOn(s -> s != 200).containsOnly(400);
        }
    }
}
