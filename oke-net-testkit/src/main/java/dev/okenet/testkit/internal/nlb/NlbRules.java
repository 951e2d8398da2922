package dev.okenet.testkit.internal.nlb;

import com.oracle.bmc.networkloadbalancer.model.Backend;
import com.oracle.bmc.networkloadbalancer.model.BackendSet;
import com.oracle.bmc.networkloadbalancer.model.HealthChecker;
import com.oracle.bmc.networkloadbalancer.model.NetworkLoadBalancer;
import dev.okenet.testkit.internal.error.OciErrors;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The defaults and constraints the Network Load Balancer SDK's model javadoc documents for backend
 * sets, their health checkers and backends, applied the same way whichever request carries them
 * (CreateNetworkLoadBalancer's map, CreateBackendSet, CreateBackend, UpdateNetworkLoadBalancer).
 * Each rule names the class and field whose javadoc states it.
 */
final class NlbRules {
    /** {@code HealthChecker.retries}: "The default value is 3." */
    static final int DEFAULT_RETRIES = 3;
    /** {@code HealthChecker.timeoutInMillis}: "The default value is 3000 (3 seconds)." */
    static final int DEFAULT_TIMEOUT_MILLIS = 3000;
    /** {@code HealthChecker.intervalInMillis}: "The default value is 10000 (10 seconds)." */
    static final int DEFAULT_INTERVAL_MILLIS = 10_000;
    /**
     * {@code CreateBackendSetDetails.name}: "Valid backend set names include only alphanumeric
     * characters, dashes, and underscores. Backend set names cannot contain spaces."
     */
    private static final Pattern BACKEND_SET_NAME = Pattern.compile("[A-Za-z0-9_-]+");

    private NlbRules() {}

    static void requireBackendSetName(String name, String where) {
        if (name == null) {
            throw OciErrors.missing("name", where);
        }
        if (!BACKEND_SET_NAME.matcher(name).matches()) {
            throw OciErrors.invalid("The backend set name '" + name + "' in " + where + " is invalid: backend set"
                    + " names include only letters, digits, dashes and underscores, and cannot contain spaces."
                    + " Use e.g. '" + name.replaceAll("[^A-Za-z0-9_-]", "_") + "'.");
        }
    }

    /**
     * The health checker as OCI stores it: {@code protocol} required ({@code HealthCheckerDetails}),
     * {@code retries} 3, {@code timeoutInMillis} 3000 and {@code intervalInMillis} 10000 when not
     * given, and a DNS check's {@code domainName} required ({@code DnsHealthCheckerDetails}).
     */
    static HealthChecker healthChecker(HealthChecker given, String where) {
        if (given == null) {
            throw OciErrors.missing("healthChecker", where);
        }
        if (given.getProtocol() == null) {
            throw OciErrors.missing("healthChecker.protocol", where);
        }
        if (given.getDns() != null && given.getDns().getDomainName() == null) {
            throw OciErrors.missing("healthChecker.dns.domainName", where);
        }
        return given.toBuilder()
                .retries(given.getRetries() != null ? given.getRetries() : DEFAULT_RETRIES)
                .timeoutInMillis(given.getTimeoutInMillis() != null ? given.getTimeoutInMillis() : DEFAULT_TIMEOUT_MILLIS)
                .intervalInMillis(given.getIntervalInMillis() != null ? given.getIntervalInMillis() : DEFAULT_INTERVAL_MILLIS)
                .build();
    }

    /**
     * A backend set as OCI stores it, checked against the NLB it belongs to: a valid name,
     * {@code isPreserveSource} true and {@code isFailOpen} false when not given, the health
     * checker's defaults, backends that carry a port and an address or target, a health-check port
     * when a backend listens on port 0, and with {@code isPreserveSourceDestination} on, preserve
     * source on and compute-OCID backends only.
     */
    static BackendSet backendSet(BackendSet given, boolean preserveSourceDestination, String where) {
        requireBackendSetName(given.getName(), where);
        if (preserveSourceDestination && Boolean.FALSE.equals(given.getIsPreserveSource())) {
            // BackendSetDetails.isPreserveSource: "If the isPreserveSourceDestination parameter is enabled for the
            // network load balancer resource, then this parameter cannot be disabled."
            throw OciErrors.invalid("The backend set '" + given.getName() + "' sets isPreserveSource false, but the"
                    + " network load balancer has isPreserveSourceDestination on, which needs it on; drop"
                    + " isPreserveSource or set it true.");
        }
        HealthChecker checker = healthChecker(given.getHealthChecker(), where);
        List<Backend> backends = given.getBackends() == null ? List.of() : given.getBackends();
        Set<String> names = new HashSet<>();
        for (Backend backend : backends) {
            requireBackend(backend, checker, preserveSourceDestination, "backend set '" + given.getName() + "'");
            if (!names.add(backend.getName())) {
                throw OciErrors.invalid("Backend set '" + given.getName() + "' lists backend '" + backend.getName()
                        + "' twice; each backend may appear once.");
            }
        }
        return given.toBuilder()
                .isPreserveSource(given.getIsPreserveSource() != null ? given.getIsPreserveSource() : true)
                .isFailOpen(given.getIsFailOpen() != null ? given.getIsFailOpen() : false)
                .healthChecker(checker).backends(List.copyOf(backends)).build();
    }

    /**
     * A backend: {@code port} required ({@code BackendDetails}, {@code CreateBackendDetails}); an
     * {@code ipAddress} or a {@code targetId}; a health-check port when it listens on port 0
     * ({@code HealthChecker.port}: "The port must be specified if the backend port is 0"); and a
     * compute OCID target when the NLB preserves source and destination
     * ({@code CreateNetworkLoadBalancerDetails.isPreserveSourceDestination}: "This parameter can be
     * enabled only if backends are compute OCIDs").
     */
    static void requireBackend(Backend backend, HealthChecker checker, boolean preserveSourceDestination,
            String where) {
        if (backend == null) {
            throw OciErrors.invalid("A backend of " + where + " is null; remove it.");
        }
        if (backend.getIpAddress() == null && backend.getTargetId() == null) {
            throw OciErrors.missing("ipAddress or targetId", "backend of " + where);
        }
        NlbPart.requirePort(backend.getPort(), "backend " + backend.getName() + " of " + where);
        if (backend.getPort() == 0 && checker.getPort() == null) {
            throw OciErrors.invalid("Backend " + backend.getName() + " of " + where + " listens on port 0 (any"
                    + " port), so the health checker needs a port; set healthChecker.port.");
        }
        if (preserveSourceDestination && backend.getTargetId() == null) {
            throw OciErrors.invalid("Backend " + backend.getName() + " of " + where + " is given by IP address, but"
                    + " the network load balancer preserves source and destination (isPreserveSourceDestination),"
                    + " which takes only compute OCID backends; give the backend a targetId.");
        }
    }

    /**
     * {@code isSymmetricHashEnabled}: "This can only be enabled when NLB is working in transparent
     * mode with source destination header preservation enabled."
     */
    static void requireSymmetricHashFits(Boolean symmetricHash, boolean preserveSourceDestination, String where) {
        if (Boolean.TRUE.equals(symmetricHash) && !preserveSourceDestination) {
            throw OciErrors.invalid("isSymmetricHashEnabled is true in " + where + ", but it can be enabled only"
                    + " with isPreserveSourceDestination; turn that on as well or leave symmetric hashing off.");
        }
    }

    /** The NLB's backend sets, all checked again for a change of {@code isPreserveSourceDestination}. */
    static void requireSetsFit(NetworkLoadBalancer nlb, boolean preserveSourceDestination) {
        List<BackendSet> sets = new ArrayList<>(nlb.getBackendSets().values());
        for (BackendSet set : sets) {
            backendSet(set, preserveSourceDestination, "backend set '" + set.getName() + "' of " + nlb.getId());
        }
    }
}
