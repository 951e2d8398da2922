package dev.okenet.testkit.kube.internal;

import dev.okenet.testkit.ccm.CcmEvent;
import dev.okenet.testkit.ccm.ServiceStatus;
import dev.okenet.testkit.ccm.SimulatedCcm;
import io.fabric8.kubernetes.api.model.LoadBalancerStatus;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The cloud controller manager's service controller against the simulated API server
 * ({@code k8s.io/cloud-provider/controllers/service/controller.go}, with OCI's provider of
 * oracle/oci-cloud-controller-manager v1.35.0 simulated by {@link SimulatedCcm}): a LoadBalancer
 * Service is ensured when it appears or its spec or annotations change; the outcome becomes its
 * Events ({@code EnsuringLoadBalancer}, {@code EnsuredLoadBalancer} or {@code SyncLoadBalancerFailed})
 * and {@code status.loadBalancer.ingress}; a Service deleted or no longer of type LoadBalancer has its
 * load balancer deleted ({@code DeletingLoadBalancer}, {@code DeletedLoadBalancer}). A Service still
 * pending is tried again when the nodes change, as the controller's retry would.
 */
public final class CcmController {
    static final String COMPONENT = "service-controller";

    private final KubernetesClient client;
    private final SimulatedCcm ccm;
    private final EventRecorder events;
    /** What each Service looked like when last ensured (spec and annotations). */
    private final Map<String, String> handled = new HashMap<>();
    private final Set<String> pending = new HashSet<>();

    public CcmController(KubernetesClient client, SimulatedCcm ccm, EventRecorder events) {
        this.client = client;
        this.ccm = ccm;
        this.events = events;
    }

    /** Cleans up the Services gone (first, so what they held is free), then reconciles every Service in {@code services}. */
    public void reconcile(List<Service> services, boolean nodesChanged) {
        Set<String> present = new HashSet<>();
        services.forEach(s -> present.add(s.getMetadata().getNamespace() + "/" + s.getMetadata().getName()));
        for (String ref : Set.copyOf(handled.keySet())) {
            if (!present.contains(ref)) {
                handled.remove(ref);
                pending.remove(ref);
                ccm.delete(ref);
            }
        }
        for (Service service : services) {
            reconcile(service.getMetadata().getNamespace() + "/" + service.getMetadata().getName(), service, nodesChanged);
        }
    }

    private void reconcile(String ref, Service service, boolean nodesChanged) {
        boolean loadBalancer = "LoadBalancer".equals(service.getSpec() == null ? null : service.getSpec().getType());
        if (!loadBalancer) {
            if (handled.remove(ref) != null) {
                pending.remove(ref);
                events.normal(service, COMPONENT, "DeletingLoadBalancer", "Deleting load balancer");
                if (ccm.delete(ref)) {
                    events.normal(service, COMPONENT, "DeletedLoadBalancer", "Deleted load balancer");
                }
                writeStatus(service, new LoadBalancerStatus());
            }
            return;
        }
        String fingerprint = Serialization.asJson(service.getSpec()) + Serialization.asJson(service.getMetadata().getAnnotations());
        if (fingerprint.equals(handled.get(ref)) && !(nodesChanged && pending.contains(ref))) {
            return;
        }
        handled.put(ref, fingerprint);
        ServiceStatus status;
        try {
            status = ccm.sync(service);
        } catch (IllegalArgumentException | UnsupportedOperationException refused) {
            events.warning(service, COMPONENT, CcmEvent.SYNC_FAILED, "Error syncing load balancer: " + refused.getMessage());
            pending.add(ref);
            writeStatus(service, new LoadBalancerStatus());
            return;
        }
        for (CcmEvent event : status.events()) {
            events.record(service, COMPONENT, event.type(), event.reason(), event.message());
        }
        if (status.isPending()) {
            pending.add(ref);
        } else {
            pending.remove(ref);
        }
        writeStatus(service, status.toLoadBalancerStatus());
    }

    private void writeStatus(Service service, LoadBalancerStatus wanted) {
        LoadBalancerStatus current = service.getStatus() == null ? null : service.getStatus().getLoadBalancer();
        // The API server shows a pending load balancer as "loadBalancer: {}", never as no status.
        if (current != null && Objects.equals(normal(current), normal(wanted))) {
            return;
        }
        client.services().inNamespace(service.getMetadata().getNamespace()).withName(service.getMetadata().getName())
                .editStatus(s -> new ServiceBuilder(s).editOrNewStatus().withLoadBalancer(wanted).endStatus().build());
    }

    private static Object normal(LoadBalancerStatus status) {
        return status == null || status.getIngress() == null ? List.of() : status.getIngress();
    }
}
