package dev.okenet.testkit.ccm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.oracle.bmc.core.model.EgressSecurityRule;
import com.oracle.bmc.core.model.IngressSecurityRule;
import com.oracle.bmc.core.model.PortRange;
import com.oracle.bmc.core.model.TcpOptions;
import dev.okenet.testkit.ccm.internal.CcmFailure;
import dev.okenet.testkit.ccm.internal.rules.NsgRule;
import dev.okenet.testkit.ccm.internal.rules.NsgRules;
import dev.okenet.testkit.ccm.internal.rules.SecurityListRules;
import dev.okenet.testkit.ccm.internal.rules.ServicesInUse;
import dev.okenet.testkit.ccm.internal.spec.DefaultSubnets;
import dev.okenet.testkit.ccm.internal.spec.LbSpec;
import dev.okenet.testkit.ccm.internal.spec.LbSpecReader;
import dev.okenet.testkit.ccm.internal.spec.ServiceView;
import dev.okenet.testkit.ccm.internal.spec.SubnetLookup;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.ServicePortBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * oracle/oci-cloud-controller-manager v1.35.0's own tests as data ({@code ccm/spec-vectors.yaml}):
 * each vector gives the CCM's input and the CCM's expected outcome or exact error, and names the
 * CCM test function and case it was taken from. The simulation's spec reading and rule logic must
 * produce exactly that.
 */
class CcmSpecVectorsTest {
    private static final String RESOURCE = "/ccm/spec-vectors.yaml";
    private static final Set<String> SPEC_FIELDS = Set.of("error", "type", "shape", "internal", "subnets", "flexMin", "flexMax",
            "sourceCidrs", "listeners", "policy", "healthCheck", "preserveSource", "ports", "nsgIds", "loadBalancerIp",
            "ruleManagementMode", "backendNsgIds", "ingressIpMode");

    static Stream<Arguments> vectors() throws IOException {
        return StreamSupport.stream(load().spliterator(), false)
                .map(v -> Arguments.of(v.path("kind").asText("spec") + ": " + v.path("from").asText(), v));
    }

    private static JsonNode load() throws IOException {
        try (InputStream in = CcmSpecVectorsTest.class.getResourceAsStream(RESOURCE)) {
            return new ObjectMapper(new YAMLFactory()).readTree(in).path("vectors");
        }
    }

    @Test
    void thereAreAtLeastEightyVectorsEachNamingItsCcmTestAndCase() throws IOException {
        List<String> names = new ArrayList<>();
        load().forEach(v -> names.add(v.path("kind").asText("spec") + " " + v.path("from").asText()));

        assertThat(names).hasSizeGreaterThanOrEqualTo(80).doesNotHaveDuplicates()
                .allSatisfy(n -> assertThat(n).matches("\\S+ Test\\w+ / .+"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void theSimulationAgreesWithTheCcm(String name, JsonNode vector) {
        switch (vector.path("kind").asText("spec")) {
            case "spec":
                spec(vector);
                break;
            case "nodeIngress":
                assertThat(ingressText(SecurityListRules.nodeIngress(ingress(vector.path("rules")), strings(vector.path("lbSubnets")),
                        vector.path("backendPort").asInt(), vector.path("healthCheckPort").asInt(),
                        strings(vector.path("sourceCidrs")), vector.path("preserveSource").asBoolean(), services(vector))))
                        .containsExactlyElementsOf(strings(vector.path("expected")));
                break;
            case "lbIngress":
                assertThat(ingressText(SecurityListRules.loadBalancerIngress(ingress(vector.path("rules")),
                        strings(vector.path("sourceCidrs")), vector.path("port").asInt(), services(vector))))
                        .containsExactlyElementsOf(strings(vector.path("expected")));
                break;
            case "lbEgress":
                assertThat(egressText(SecurityListRules.loadBalancerEgress(egress(vector.path("rules")),
                        strings(vector.path("nodeSubnets")), vector.path("port").asInt(), services(vector))))
                        .containsExactlyElementsOf(strings(vector.path("expected")));
                break;
            case "nsgFrontendIngress":
            case "nsgFrontendEgress":
            case "nsgBackendIngress":
                assertThat(nsgText(generate(vector.path("kind").asText().substring(3), vector, vector.path("description").asText())))
                        .containsExactlyInAnyOrderElementsOf(strings(vector.path("expected")));
                break;
            case "nsgReconcile":
                reconcile(vector);
                break;
            default:
                fail("unknown vector kind " + vector.path("kind").asText());
        }
    }

    // --- kind: spec ------------------------------------------------------------------------------

    private static void spec(JsonNode vector) {
        JsonNode expect = vector.path("expect");
        expect.fieldNames().forEachRemaining(f -> assertThat(SPEC_FIELDS).as("expect field").contains(f));
        Set<String> regional = new LinkedHashSet<>(vector.has("regional") ? strings(vector.path("regional"))
                : List.of("regional-subnet"));
        SubnetLookup lookup = regional::contains;
        LbSpec spec;
        try {
            spec = LbSpecReader.read(ServiceView.of(service(vector.path("service"))), defaults(vector), lookup);
        } catch (CcmFailure failure) {
            assertThat(expect.has("error")).as("the CCM accepts this Service, but the simulation refused it with: %s",
                    failure.getMessage()).isTrue();
            assertThat(failure.getMessage()).isEqualTo(expect.path("error").asText());
            return;
        }
        assertThat(expect.has("error")).as("the CCM refuses this Service with: %s", expect.path("error").asText()).isFalse();
        Map<String, Object> actual = new LinkedHashMap<>();
        actual.put("type", spec.type());
        actual.put("shape", spec.shape());
        actual.put("internal", spec.internal());
        actual.put("subnets", spec.subnets());
        actual.put("flexMin", spec.flexMin().orElse(null));
        actual.put("flexMax", spec.flexMax().orElse(null));
        actual.put("sourceCidrs", spec.sourceCidrs());
        actual.put("listeners", listeners(spec.listeners()));
        actual.put("policy", spec.policy());
        actual.put("healthCheck", spec.healthCheck().map(CcmSpecVectorsTest::healthCheck).orElse(null));
        actual.put("preserveSource", spec.preserveSource());
        actual.put("ports", ports(spec.ports()));
        actual.put("nsgIds", spec.nsgIds());
        actual.put("loadBalancerIp", spec.loadBalancerIp().orElse(null));
        actual.put("ruleManagementMode", spec.ruleManagementMode());
        actual.put("backendNsgIds", spec.backendNsgIds());
        actual.put("ingressIpMode", spec.ingressIpMode().orElse(null));
        Iterator<String> fields = expect.fieldNames();
        while (fields.hasNext()) {
            String field = fields.next();
            assertThat(actual.get(field)).as(field).isEqualTo(plain(expect.get(field)));
        }
    }

    private static DefaultSubnets defaults(JsonNode vector) {
        if (!vector.has("defaults")) {
            return new DefaultSubnets("one", "two");
        }
        List<String> given = strings(vector.path("defaults"));
        return new DefaultSubnets(given.isEmpty() ? "" : given.get(0), given.size() < 2 ? "" : given.get(1));
    }

    /** The Service as the API server stores it: the header of spec-vectors.yaml lists the defaults. */
    private static Service service(JsonNode s) {
        Map<String, String> annotations = new LinkedHashMap<>();
        s.path("annotations").fields().forEachRemaining(e -> annotations.put(e.getKey(), e.getValue().asText()));
        List<ServicePort> ports = new ArrayList<>();
        for (JsonNode p : s.path("ports")) {
            ports.add(new ServicePortBuilder().withProtocol(p.path("protocol").asText("TCP")).withPort(p.path("port").asInt())
                    .withNodePort(p.path("nodePort").asInt(0)).build());
        }
        return new ServiceBuilder().withNewMetadata().withNamespace(s.path("namespace").asText("kube-system"))
                .withName(s.path("name").asText("testservice")).withUid(s.path("uid").asText("test-uid"))
                .withAnnotations(annotations).endMetadata()
                .withNewSpec().withType(s.path("type").asText("LoadBalancer"))
                .withSessionAffinity(s.path("sessionAffinity").asText("None"))
                .withExternalTrafficPolicy(s.path("externalTrafficPolicy").asText("Cluster"))
                .withHealthCheckNodePort(s.has("healthCheckNodePort") ? s.path("healthCheckNodePort").asInt() : null)
                .withLoadBalancerIP(s.has("loadBalancerIP") ? s.path("loadBalancerIP").asText() : null)
                .withLoadBalancerSourceRanges(strings(s.path("loadBalancerSourceRanges")))
                .withIpFamilies(s.has("ipFamilies") ? strings(s.path("ipFamilies")) : List.of("IPv4"))
                .withPorts(ports).endSpec().build();
    }

    private static Map<String, Object> listeners(Map<String, LbSpec.Listener> listeners) {
        Map<String, Object> out = new LinkedHashMap<>();
        listeners.forEach((name, l) -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("protocol", l.protocol());
            m.put("port", l.port());
            m.put("backendSet", l.backendSetName());
            l.sslCertificate().ifPresent(c -> m.put("certificate", c));
            l.idleTimeoutSeconds().ifPresent(t -> m.put("idleTimeout", t.intValue()));
            l.proxyProtocolVersion().ifPresent(v -> m.put("proxyProtocol", v));
            out.put(name, m);
        });
        return out;
    }

    private static Map<String, Object> ports(Map<String, LbSpec.PortSpec> ports) {
        Map<String, Object> out = new LinkedHashMap<>();
        ports.forEach((name, p) -> out.put(name, Map.of("listenerPort", p.listenerPort(), "backendPort", p.backendPort(),
                "healthCheckPort", p.healthCheckPort())));
        return out;
    }

    private static Map<String, Object> healthCheck(LbSpec.HealthCheck h) {
        return Map.of("port", h.port(), "path", h.urlPath(), "retries", h.retries(), "intervalMillis", h.intervalMillis(),
                "timeoutMillis", h.timeoutMillis(), "forcePlainText", h.forcePlainText());
    }

    /** A YAML value as the plain Java value the spec fields are compared with. */
    private static Object plain(JsonNode node) {
        if (node.isNull()) {
            return null;
        }
        if (node.isArray()) {
            return strings(node);
        }
        if (node.isObject()) {
            Map<String, Object> out = new LinkedHashMap<>();
            node.fields().forEachRemaining(e -> out.put(e.getKey(), plain(e.getValue())));
            return out;
        }
        if (node.isBoolean()) {
            return node.asBoolean();
        }
        return node.isInt() ? (Object) node.asInt() : node.asText();
    }

    // --- kinds: security lists -------------------------------------------------------------------

    private static ServicesInUse services(JsonNode vector) {
        List<ServiceView> services = new ArrayList<>();
        for (JsonNode s : vector.path("services")) {
            List<ServiceView.Port> ports = new ArrayList<>();
            s.path("ports").forEach(p -> ports.add(new ServiceView.Port("TCP", p.asInt(), 0)));
            services.add(new ServiceView("namespace", "service-" + services.size(), "", s.path("type").asText("LoadBalancer"),
                    Map.of(), ports, s.path("externalTrafficPolicy").asText(""), s.path("healthCheckNodePort").asInt(0), "None",
                    "", List.of(), List.of("IPv4")));
        }
        return new ServicesInUse(services);
    }

    private static List<IngressSecurityRule> ingress(JsonNode rules) {
        return strings(rules).stream().map(r -> {
            int colon = r.lastIndexOf(':');
            return colon < 0 ? IngressSecurityRule.builder().source(r).protocol("all").build()
                    : SecurityListRules.ingress(r.substring(0, colon), Integer.parseInt(r.substring(colon + 1)));
        }).toList();
    }

    private static List<EgressSecurityRule> egress(JsonNode rules) {
        return strings(rules).stream().map(r -> {
            int colon = r.lastIndexOf(':');
            return colon < 0 ? EgressSecurityRule.builder().destination(r).protocol("all").build()
                    : SecurityListRules.egress(r.substring(0, colon), Integer.parseInt(r.substring(colon + 1)));
        }).toList();
    }

    private static List<String> ingressText(List<IngressSecurityRule> rules) {
        return rules.stream().map(r -> r.getSource() + port(r.getProtocol(), r.getTcpOptions())).toList();
    }

    private static List<String> egressText(List<EgressSecurityRule> rules) {
        return rules.stream().map(r -> r.getDestination() + port(r.getProtocol(), r.getTcpOptions())).toList();
    }

    /** ":PORT" for a stateful TCP rule to one port, the only kind the CCM writes; "" for a rule without TCP options. */
    private static String port(String protocol, TcpOptions tcp) {
        if (tcp == null) {
            return "";
        }
        PortRange range = tcp.getDestinationPortRange();
        assertThat(protocol).as("protocol of a rule with TCP options").isEqualTo("6");
        assertThat(range.getMin()).as("a CCM rule covers one port").isEqualTo(range.getMax());
        return ":" + range.getMin();
    }

    // --- kinds: NSG -------------------------------------------------------------------------------

    private static List<NsgRule> generate(String rules, JsonNode params, String description) {
        List<LbSpec.PortSpec> ports = new ArrayList<>();
        params.path("ports").forEach(p -> ports.add(new LbSpec.PortSpec("TCP", p.path("listenerPort").asInt(),
                p.path("backendPort").asInt(), p.path("healthCheckPort").asInt())));
        switch (rules) {
            case "FrontendIngress":
            case "frontendIngress":
                return NsgRules.frontendIngress(strings(params.path("sourceCidrs")), ports, description);
            case "FrontendEgress":
            case "frontendEgress":
                return NsgRules.frontendEgress(ports, strings(params.path("backendNsgIds")), description);
            case "BackendIngress":
            case "backendIngress":
                return NsgRules.backendIngress(ports, strings(params.path("sourceCidrs")),
                        params.path("preserveSource").asBoolean(), params.path("frontendNsgId").asText(), description);
            default:
                throw new IllegalArgumentException("unknown NSG rules " + rules);
        }
    }

    private static void reconcile(JsonNode vector) {
        String description = vector.path("description").asText();
        List<NsgRule> wanted = generate(vector.path("generate").path("rules").asText(), vector.path("generate"), description);
        List<NsgRule> existing = strings(vector.path("existing")).stream().map(CcmSpecVectorsTest::existingRule).toList();

        NsgRules.Changes changes = NsgRules.reconcile(wanted, existing, description);

        assertThat(nsgText(changes.add())).containsExactlyInAnyOrderElementsOf(strings(vector.path("expectedAdd")));
        assertThat(changes.removeIds()).containsExactlyInAnyOrderElementsOf(strings(vector.path("expectedRemove")));
    }

    /** "ID: ingress|egress cidr|nsg PEER PORT DESCRIPTION". */
    private static NsgRule existingRule(String text) {
        int colon = text.indexOf(": ");
        String[] parts = text.substring(colon + 2).split(" ");
        int port = Integer.parseInt(parts[3]);
        return new NsgRule(text.substring(0, colon), "ingress".equals(parts[0]), "6", parts[2], "nsg".equals(parts[1]), port,
                port, false, parts[4]);
    }

    private static List<String> nsgText(List<NsgRule> rules) {
        return rules.stream().map(r -> (r.ingress() ? "ingress " : "egress ") + (r.peerIsNsg() ? "nsg " : "cidr ") + r.peer()
                + " " + Optional.ofNullable(r.portMin()).map(String::valueOf).orElse("all") + " " + r.description()).toList();
    }

    private static List<String> strings(JsonNode node) {
        List<String> out = new ArrayList<>();
        node.forEach(n -> out.add(n.asText()));
        return out;
    }
}
