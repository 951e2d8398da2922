package dev.okenet.testkit.kube.internal;

import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.api.model.OwnerReferenceBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Deployments as the deployment and ReplicaSet controllers run them, folded into one step (no
 * ReplicaSet objects): {@code spec.replicas} pods (default 1) from the template, labelled with its
 * {@code pod-template-hash} and owned by the Deployment; pods of an older template are replaced
 * (all at once, not rolled); extra pods go; status counts replicas and ready ones. The pods of a
 * Deployment that is gone are deleted, as the garbage collector would.
 */
public final class DeploymentController {
    static final String HASH_LABEL = "pod-template-hash";

    private final KubernetesClient client;

    public DeploymentController(KubernetesClient client) {
        this.client = client;
    }

    public void reconcile(List<Deployment> deployments, List<Pod> pods) {
        Set<String> owners = new HashSet<>();
        for (Deployment deployment : deployments) {
            owners.add(deployment.getMetadata().getUid());
            reconcile(deployment, pods.stream().filter(p -> ownedBy(p, deployment.getMetadata().getUid())).toList());
        }
        for (Pod pod : pods) {
            OwnerReference owner = deploymentOwner(pod);
            if (owner != null && !owners.contains(owner.getUid())) {
                client.pods().inNamespace(pod.getMetadata().getNamespace()).withName(pod.getMetadata().getName()).delete();
            }
        }
    }

    private void reconcile(Deployment deployment, List<Pod> owned) {
        String namespace = deployment.getMetadata().getNamespace();
        String hash = Integer.toHexString(Serialization.asJson(deployment.getSpec().getTemplate()).hashCode())
                .toLowerCase(Locale.ROOT);
        int replicas = deployment.getSpec().getReplicas() == null ? 1 : deployment.getSpec().getReplicas();
        List<Pod> current = new ArrayList<>();
        for (Pod pod : owned) {
            Map<String, String> labels = pod.getMetadata().getLabels() == null ? Map.of() : pod.getMetadata().getLabels();
            if (hash.equals(labels.get(HASH_LABEL)) && pod.getMetadata().getDeletionTimestamp() == null) {
                current.add(pod);
            } else {
                client.pods().inNamespace(namespace).withName(pod.getMetadata().getName()).delete();
            }
        }
        current.sort(Comparator.comparing(p -> p.getMetadata().getName()));
        while (current.size() > replicas) {
            Pod extra = current.remove(current.size() - 1);
            client.pods().inNamespace(namespace).withName(extra.getMetadata().getName()).delete();
        }
        Set<String> names = new HashSet<>(current.stream().map(p -> p.getMetadata().getName()).toList());
        int made = 0;
        for (int i = 0; current.size() + made < replicas; i++) {
            String name = deployment.getMetadata().getName() + "-" + hash + "-" + i;
            if (names.add(name)) {
                client.pods().inNamespace(namespace).resource(pod(deployment, name, hash)).create();
                made++;
            }
        }
        int ready = (int) current.stream().filter(p -> p.getStatus() != null && "Running".equals(p.getStatus().getPhase()))
                .count();
        var status = deployment.getStatus();
        if (status == null || !Objects.equals(status.getReplicas(), replicas) || !Objects.equals(status.getReadyReplicas(), ready)) {
            client.apps().deployments().inNamespace(namespace).withName(deployment.getMetadata().getName())
                    .editStatus(d -> new DeploymentBuilder(d).editOrNewStatus().withReplicas(replicas).withUpdatedReplicas(replicas)
                            .withReadyReplicas(ready).withAvailableReplicas(ready).withUnavailableReplicas(replicas - ready)
                            .withObservedGeneration(d.getMetadata().getGeneration()).endStatus().build());
        }
    }

    private static Pod pod(Deployment deployment, String name, String hash) {
        Map<String, String> labels = new LinkedHashMap<>();
        var template = deployment.getSpec().getTemplate();
        if (template.getMetadata() != null && template.getMetadata().getLabels() != null) {
            labels.putAll(template.getMetadata().getLabels());
        }
        labels.put(HASH_LABEL, hash);
        Map<String, String> annotations = template.getMetadata() == null || template.getMetadata().getAnnotations() == null
                ? null : new HashMap<>(template.getMetadata().getAnnotations());
        return new PodBuilder().withNewMetadata().withName(name).withNamespace(deployment.getMetadata().getNamespace())
                .withLabels(labels).withAnnotations(annotations)
                .withOwnerReferences(new OwnerReferenceBuilder().withApiVersion("apps/v1").withKind("Deployment")
                        .withName(deployment.getMetadata().getName()).withUid(deployment.getMetadata().getUid())
                        .withController(true).build())
                .endMetadata().withSpec(template.getSpec()).build();
    }

    private static boolean ownedBy(Pod pod, String uid) {
        OwnerReference owner = deploymentOwner(pod);
        return owner != null && uid.equals(owner.getUid());
    }

    private static OwnerReference deploymentOwner(Pod pod) {
        List<OwnerReference> refs = pod.getMetadata().getOwnerReferences();
        return refs == null ? null : refs.stream().filter(r -> "Deployment".equals(r.getKind())).findFirst().orElse(null);
    }
}
