package dev.okenet.testkit.ccm.internal.spec;

import dev.okenet.testkit.ccm.internal.CcmFailure;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The backend sets' health checker: {@code getHealthChecker}, {@code getHealthCheckRetries},
 * {@code getHealthCheckInterval} and {@code getHealthCheckTimeout} in {@code load_balancer_spec.go},
 * with {@code GetServiceHealthCheckPathPort} of {@code k8s.io/cloud-provider/service/helpers}.
 *
 * <ul>
 *   <li>HTTP GET /healthz on kube-proxy's 10256, or on the healthCheckNodePort when a LoadBalancer
 *       Service has externalTrafficPolicy Local and a healthCheckNodePort.
 *   <li>Retries 3, interval 10000 ms, timeout 3000 ms unless the LB's
 *       {@code service.beta.kubernetes.io/oci-load-balancer-health-check-*} or the NLB's
 *       {@code oci-network-load-balancer.oraclecloud.com/health-check-*} annotations say otherwise;
 *       each must be a whole number; the interval must lie in 1000..1800000 ms (LB) or
 *       10000..1800000 ms (NLB).
 *   <li>With a TLS backend-set secret the check stays plain HTTP ({@code isForcePlainText}).
 * </ul>
 */
final class HealthCheckChoice {
    static final int KUBE_PROXY_PORT = 10256;
    static final String PATH = "/healthz";

    private HealthCheckChoice() {}

    static LbSpec.HealthCheck of(ServiceView svc) {
        boolean nlb = svc.isNlb();
        int retries = number(svc, nlb ? Annotations.NLB_HEALTH_RETRIES : Annotations.LB_HEALTH_RETRIES, 3);
        int interval = number(svc, nlb ? Annotations.NLB_HEALTH_INTERVAL : Annotations.LB_HEALTH_INTERVAL, 10000);
        int min = nlb ? 10000 : 1000;
        int max = 1800000;
        if (svc.annotation(nlb ? Annotations.NLB_HEALTH_INTERVAL : Annotations.LB_HEALTH_INTERVAL).isPresent()
                && (interval < min || interval > max)) {
            throw new CcmFailure("invalid value for health check interval, should be between " + min + " and " + max);
        }
        int timeout = number(svc, nlb ? Annotations.NLB_HEALTH_TIMEOUT : Annotations.LB_HEALTH_TIMEOUT, 3000);
        boolean plain = svc.annotation(Annotations.LB_TLS_BACKENDSET_SECRET).isPresent();
        boolean local = "LoadBalancer".equals(svc.type()) && ServiceView.LOCAL.equals(svc.externalTrafficPolicy());
        int port = local && svc.healthCheckNodePort() != 0 ? svc.healthCheckNodePort() : KUBE_PROXY_PORT;
        return new LbSpec.HealthCheck(PATH, port, retries, interval, timeout, plain);
    }

    private static int number(ServiceView svc, String key, int fallback) {
        Optional<String> value = svc.annotation(key);
        if (value.isEmpty()) {
            return fallback;
        }
        OptionalLong parsed = GoText.atoi(value.get());
        if (parsed.isEmpty()) {
            throw new CcmFailure("invalid value: " + value.get() + " provided for annotation: " + key);
        }
        return GoText.saturated(parsed.getAsLong());
    }
}
