package dev.okenet.testkit.kube;

import static dev.okenet.testkit.internal.arguments.Arguments.notNull;


/**
 * One end of a {@link ClusterReachability} question: a pod or a Service by namespace and name, a
 * Node by name, or an address block.
 *
 * <pre>{@code
 * Target.pod("shop", "web-7d9c-0")
 * Target.service("shop", "api")        // through its ClusterIP to its backends' target port
 * Target.node("10.0.4.2")
 * Target.cidr("203.0.113.10/32")
 * }</pre>
 *
 * @param kind what it is
 * @param namespace the namespace, for pods and Services ("" otherwise)
 * @param name the pod, Service or Node name, or the CIDR
 */
public record Target(Kind kind, String namespace, String name) {
    /** What a target is. */
    public enum Kind {
        POD, SERVICE, NODE, CIDR
    }

    /** Checks the parts. */
    public Target {
        notNull(kind, "Target: kind", "Give what the target is, e.g. Kind.POD.");
        notNull(namespace, "Target: namespace", "Give the namespace, e.g. \"shop\", or \"\" for a node or a CIDR.");
        notNull(name, "Target: name", "Give the pod, Service or node name, or the CIDR.");
    }

    public static Target pod(String namespace, String name) {
        notNull(namespace, "Target.pod(namespace, name): namespace", "Give the pod's namespace, e.g. \"shop\".");
        notNull(name, "Target.pod(namespace, name): name", "Give the pod's name, e.g. \"web-0\".");
        return new Target(Kind.POD, namespace, name);
    }

    public static Target service(String namespace, String name) {
        notNull(namespace, "Target.service(namespace, name): namespace", "Give the Service's namespace, e.g. \"shop\".");
        notNull(name, "Target.service(namespace, name): name", "Give the Service's name, e.g. \"web\".");
        return new Target(Kind.SERVICE, namespace, name);
    }

    public static Target node(String name) {
        notNull(name, "Target.node(name)", "Give the node's name, e.g. \"10.0.4.2\".");
        return new Target(Kind.NODE, "", name);
    }

    /** An IPv4 block outside the cluster's pods, e.g. "203.0.113.10/32". */
    public static Target cidr(String cidr) {
        notNull(cidr, "Target.cidr(cidr)", "Give an IPv4 block, e.g. \"203.0.113.10/32\".");
        return new Target(Kind.CIDR, "", cidr);
    }

    @Override
    public String toString() {
        return switch (kind) {
            case POD -> "pod " + namespace + "/" + name;
            case SERVICE -> "service " + namespace + "/" + name;
            case NODE -> "node " + name;
            case CIDR -> name;
        };
    }
}
