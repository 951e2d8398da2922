package dev.okenet.testkit.kube.internal;

import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.EventBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.time.Instant;
import java.util.Locale;

/**
 * Records core/v1 Events the way client-go's event recorder does: one Event per object, reason
 * and message, named {@code <object>.<suffix>}, its {@code count} raised when the same event
 * repeats ({@code k8s.io/client-go/tools/record/events_cache.go}, the aggregation of identical
 * events), so {@code kubectl describe} shows what the controllers said.
 */
public final class EventRecorder {
    private final KubernetesClient client;

    public EventRecorder(KubernetesClient client) {
        this.client = client;
    }

    public void normal(HasMetadata object, String component, String reason, String message) {
        record(object, component, "Normal", reason, message);
    }

    public void warning(HasMetadata object, String component, String reason, String message) {
        record(object, component, "Warning", reason, message);
    }

    public void record(HasMetadata object, String component, String type, String reason, String message) {
        String namespace = object.getMetadata().getNamespace() == null ? "default" : object.getMetadata().getNamespace();
        String name = object.getMetadata().getName() + "." + Integer.toHexString((type + reason + message).hashCode())
                .toLowerCase(Locale.ROOT);
        String now = Instant.now().toString();
        var events = client.v1().events().inNamespace(namespace);
        Event existing = events.withName(name).get();
        if (existing != null) {
            existing.setCount(existing.getCount() == null ? 2 : existing.getCount() + 1);
            existing.setLastTimestamp(now);
            events.resource(existing).update();
            return;
        }
        events.resource(new EventBuilder().withNewMetadata().withName(name).withNamespace(namespace).endMetadata()
                .withNewInvolvedObject().withApiVersion(object.getApiVersion()).withKind(object.getKind())
                .withName(object.getMetadata().getName()).withNamespace(object.getMetadata().getNamespace())
                .withUid(object.getMetadata().getUid()).endInvolvedObject()
                .withType(type).withReason(reason).withMessage(message).withCount(1).withFirstTimestamp(now)
                .withLastTimestamp(now).withNewSource().withComponent(component).endSource().build()).create();
    }
}
