package dev.okenet.testkit.internal.door;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every operation of the five SDK clients, as method + path template, read from the
 * {@code <Service>.routes} tables beside this class. The tables list the whole SDK surface, not
 * only what FakeOci implements, so an operation FakeOci gains is served over HTTP at once, and an
 * operation it lacks reaches it and fails with its name instead of a bare 404.
 *
 * <pre>{@code
 * RouteTable.standard().find("GET", List.of("20160918", "vcns", "ocid1.vcn..."))
 *         .map(m -> m.route().operation());   // Optional[getVcn]
 * }</pre>
 */
public final class RouteTable {
    /** The services served, in the order their tables load. */
    public static final List<String> SERVICES =
            List.of("VirtualNetwork", "ContainerEngine", "NetworkLoadBalancer", "LoadBalancer", "Identity");

    private static final RouteTable STANDARD = load(SERVICES);

    /** A route that matched, with its path parameters decoded. */
    record Match(Route route, Map<String, String> pathParameters) {}

    private final List<Route> routes;
    /** Routes by method and segment count, most specific first: a request scans only its few candidates. */
    private final Map<String, List<Route>> candidates = new HashMap<>();

    private RouteTable(List<Route> routes) {
        List<Route> sorted = new ArrayList<>(routes);
        sorted.sort(Comparator.comparingLong(Route::specificity).reversed());
        this.routes = List.copyOf(sorted);
        for (Route route : this.routes) {
            candidates.computeIfAbsent(key(route.method(), route.segments().size()), k -> new ArrayList<>()).add(route);
        }
    }

    private static String key(String method, int segments) {
        return method + " " + segments;
    }

    /** The table of every service, loaded once. */
    public static RouteTable standard() {
        return STANDARD;
    }

    static RouteTable load(List<String> services) {
        List<Route> routes = new ArrayList<>();
        for (String service : services) {
            routes.addAll(read(service));
        }
        return new RouteTable(routes);
    }

    /** Every route, most specific first. */
    List<Route> routes() {
        return routes;
    }

    /** True if {@code service} has a route for {@code operation}. */
    public boolean serves(String service, String operation) {
        return route(service, operation).isPresent();
    }

    Optional<Route> route(String service, String operation) {
        return routes.stream()
                .filter(route -> route.service().equals(service) && route.operation().equals(operation))
                .findFirst();
    }

    /** The most specific route for the method and decoded path segments. */
    Optional<Match> find(String method, List<String> path) {
        for (Route route : candidates.getOrDefault(key(method, path.size()), List.of())) {
            Optional<Map<String, String>> parameters = route.match(path);
            if (parameters.isPresent()) {
                return Optional.of(new Match(route, parameters.get()));
            }
        }
        return Optional.empty();
    }

    private static List<Route> read(String service) {
        String resource = service + ".routes";
        try (InputStream in = RouteTable.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The route table " + resource + " is missing from the "
                        + "oke-net-testkit jar beside " + RouteTable.class.getName() + "; rebuild the testkit.");
            }
            List<Route> routes = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                String text = line.strip();
                if (text.isEmpty() || text.startsWith("#")) {
                    continue;
                }
                String[] columns = text.split("\\s+");
                if (columns.length != 4) {
                    throw new IllegalStateException(resource + " line " + number + " has " + columns.length
                            + " columns, expected 4 (operation, method, path, body property): '" + text + "'");
                }
                routes.add(new Route(service, columns[0], columns[1], columns[2],
                        columns[3].equals("-") ? null : columns[3]));
            }
            return routes;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the route table " + resource, e);
        }
    }
}
