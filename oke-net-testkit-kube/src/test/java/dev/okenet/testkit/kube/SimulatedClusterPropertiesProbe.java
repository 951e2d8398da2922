package dev.okenet.testkit.kube;

import dev.okenet.testkit.ccm.TestCluster;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Run in a fresh JVM by {@link SimulatedClusterJvmStateTest}: copies the system properties,
 * starts a simulated cluster (fabric8's mock API server and client), serves one list, closes it,
 * and prints one {@code changed <name>} line per property that differs.
 */
public final class SimulatedClusterPropertiesProbe {
    private SimulatedClusterPropertiesProbe() {}

    public static void main(String[] args) {
        // The JDK records the default time zone it resolves in user.timezone on first use: not a setting.
        java.util.TimeZone.getDefault();
        Map<String, String> before = snapshot();
        try (TestCluster oke = TestCluster.vcnNative("10.0.8.0/24", 1, 31);
                SimulatedCluster cluster = oke.simulate()) {
            cluster.client().pods().inAnyNamespace().list();
        }
        Map<String, String> after = snapshot();
        TreeSet<String> names = new TreeSet<>(before.keySet());
        names.addAll(after.keySet());
        for (String name : names) {
            if (!Objects.equals(before.get(name), after.get(name))) {
                System.out.println("changed " + name + ": " + before.get(name) + " -> " + after.get(name));
            }
        }
        System.out.println("probe done");
        System.exit(0);
    }

    private static Map<String, String> snapshot() {
        Map<String, String> copy = new TreeMap<>();
        System.getProperties().forEach((name, value) -> copy.put(String.valueOf(name), String.valueOf(value)));
        return copy;
    }
}
