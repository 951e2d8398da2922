package dev.okenet.testkit.kube.internal;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.StatusBuilder;
import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.fabric8.mockwebserver.crud.AttributeSet;
import io.fabric8.mockwebserver.http.Buffer;
import io.fabric8.mockwebserver.http.MockResponse;
import io.fabric8.mockwebserver.http.RecordedRequest;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * fabric8's CRUD dispatcher with two things the real API server does that the mock does not:
 *
 * <ul>
 *   <li>Built-in kinds with a {@code status} subresource keep their status on writes to the object
 *       itself (a user's PUT of a Service does not wipe the address the CCM wrote), and get it only
 *       through {@code .../status}, as in Kubernetes ({@code k8s.io/kubernetes/pkg/registry/core/service/storage}
 *       {@code PrepareForUpdate} resets status).
 *   <li>Services are admitted as the API server admits them ({@link ServiceAdmission}): defaults,
 *       a cluster IP, node ports; one the API server would refuse answers 422 Invalid.
 * </ul>
 */
public final class ApiServerDispatcher extends KubernetesCrudDispatcher {
    /** Built-in resources whose status is a subresource (kubectl api-resources: pods/status, services/status ...). */
    private static final Set<String> WITH_STATUS = Set.of("pods", "services", "nodes", "deployments", "replicasets",
            "daemonsets", "statefulsets", "namespaces", "jobs", "ingresses");
    private static final Pattern PLURAL = Pattern.compile("^/apis?/(?:[^/]+/)?v[^/]+/(?:namespaces/[^/]+/)?([a-z]+)(?:/|\\?|$)");
    private static final Pattern SERVICES = Pattern.compile("^/api/v1/namespaces/([^/]+)/services(?:\\?.*)?$");

    private final ServiceAdmission services;

    public ApiServerDispatcher(ServiceAdmission services) {
        this.services = services;
    }

    @Override
    public boolean isStatusSubresourceEnabledForResource(String path) {
        Matcher m = PLURAL.matcher(path);
        return (m.find() && WITH_STATUS.contains(m.group(1))) || super.isStatusSubresourceEnabledForResource(path);
    }

    @Override
    public MockResponse handleCreate(RecordedRequest request) {
        Matcher m = SERVICES.matcher(request.getPath());
        if (!m.matches()) {
            return super.handleCreate(request);
        }
        Service service;
        try {
            service = Serialization.unmarshal(request.getBody().readUtf8(), Service.class);
        } catch (RuntimeException e) {
            return invalid("the Service does not parse: " + e.getMessage());
        }
        if (service.getMetadata() != null && service.getMetadata().getNamespace() == null) {
            service.getMetadata().setNamespace(m.group(1));
        }
        try {
            services.admit(service);
        } catch (IllegalArgumentException refused) {
            return invalid(refused.getMessage());
        }
        Buffer body = new Buffer(Serialization.asJson(service).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return super.handleCreate(new RecordedRequest(request.getHttpVersion(), request.method(), request.getPath(),
                request.getHeaders(), body));
    }

    /** Frees a Service's cluster IP and node ports once it is gone, however it was deleted (one or a collection). */
    @Override
    public void processEvent(String path, AttributeSet pathAttributes, AttributeSet oldAttributes,
            GenericKubernetesResource resource, String newState) {
        String old = oldAttributes == null ? null : map.get(oldAttributes);
        super.processEvent(path, pathAttributes, oldAttributes, resource, newState);
        if (newState == null && old != null) {
            GenericKubernetesResource gone = Serialization.unmarshal(old, GenericKubernetesResource.class);
            if ("Service".equals(gone.getKind())) {
                services.release(gone.getMetadata().getNamespace() + "/" + gone.getMetadata().getName());
            }
        }
    }

    private static MockResponse invalid(String message) {
        return new MockResponse().setResponseCode(422).setBody(Serialization.asJson(new StatusBuilder().withStatus("Failure")
                .withReason("Invalid").withCode(422).withMessage(message).build()));
    }
}
