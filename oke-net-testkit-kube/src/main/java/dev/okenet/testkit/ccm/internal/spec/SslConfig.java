package dev.okenet.testkit.ccm.internal.spec;

import dev.okenet.testkit.ccm.internal.CcmFailure;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Which listener ports terminate TLS and with which secret: {@code requiresCertificate},
 * {@code NewSSLConfig} and {@code getSecretParts} in {@code load_balancer_spec.go},
 * {@code getSSLEnabledPorts} in {@code load_balancer_util.go}, as {@code EnsureLoadBalancer}
 * reads them before anything else.
 *
 * <ul>
 *   <li>Only an LB with the {@code ssl-ports} annotation (even empty) has an SSL configuration.
 *   <li>Ports are comma-separated whole numbers; spaces around them are allowed.
 *   <li>The secret is "name" (in the Service's namespace) or "namespace/name".
 * </ul>
 *
 * @param ports the listener ports that terminate TLS
 * @param listenerSecret the listener certificate's secret name, "" when none
 * @param listenerSecretNamespace its namespace
 */
record SslConfig(Set<Integer> ports, String listenerSecret, String listenerSecretNamespace) {
    SslConfig {
        ports = Set.copyOf(ports);
    }

    static Optional<SslConfig> of(ServiceView svc) {
        if (svc.isNlb() || svc.annotation(Annotations.LB_SSL_PORTS).isEmpty()) {
            return Optional.empty();
        }
        Set<Integer> ports = new LinkedHashSet<>();
        String value = svc.annotationOrEmpty(Annotations.LB_SSL_PORTS);
        if (!value.isEmpty()) {
            for (String part : value.split(",", -1)) {
                String trimmed = part.strip();
                OptionalLong port = GoText.atoi(trimmed);
                if (port.isEmpty()) {
                    throw new CcmFailure("parse SSL port: " + GoText.atoiError(trimmed));
                }
                ports.add(GoText.saturated(port.getAsLong()));
            }
        }
        String secret = svc.annotationOrEmpty(Annotations.LB_TLS_SECRET);
        if (secret.isEmpty()) {
            return Optional.of(new SslConfig(ports, "", ""));
        }
        if (!secret.contains("/")) {
            return Optional.of(new SslConfig(ports, secret, svc.namespace()));
        }
        String[] parts = secret.split("/", -1);
        return Optional.of(new SslConfig(ports, parts[1], parts[0]));
    }

    /** {@code getSSLConfiguration}: the certificate a listener on {@code port} carries, if any. */
    Optional<String> certificateFor(int port) {
        return ports.contains(port) && !listenerSecret.isEmpty() ? Optional.of(listenerSecret) : Optional.empty();
    }
}
