package dev.okenet.testkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.oracle.bmc.core.VirtualNetwork;
import com.oracle.bmc.core.model.AddNetworkSecurityGroupSecurityRulesDetails;
import com.oracle.bmc.core.model.AddSecurityRuleDetails;
import com.oracle.bmc.core.model.NetworkSecurityGroup;
import com.oracle.bmc.core.model.PortRange;
import com.oracle.bmc.core.model.RemoveNetworkSecurityGroupSecurityRulesDetails;
import com.oracle.bmc.core.model.SecurityRule;
import com.oracle.bmc.core.model.TcpOptions;
import com.oracle.bmc.core.model.UdpOptions;
import com.oracle.bmc.core.model.UpdateNetworkSecurityGroupSecurityRulesDetails;
import com.oracle.bmc.core.model.UpdateSecurityRuleDetails;
import com.oracle.bmc.core.model.Vcn;
import com.oracle.bmc.core.requests.AddNetworkSecurityGroupSecurityRulesRequest;
import com.oracle.bmc.core.requests.DeleteNetworkSecurityGroupRequest;
import com.oracle.bmc.core.requests.ListNetworkSecurityGroupSecurityRulesRequest;
import com.oracle.bmc.core.requests.RemoveNetworkSecurityGroupSecurityRulesRequest;
import com.oracle.bmc.core.requests.UpdateNetworkSecurityGroupSecurityRulesRequest;
import com.oracle.bmc.model.BmcException;
import dev.okenet.testkit.FakeOci;
import dev.okenet.testkit.Fixtures;
import dev.okenet.testkit.http.Door;
import dev.okenet.testkit.junit.FakeOciExtension;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(Door.class)
class NetworkSecurityGroupTest {
    // One fake for the class, emptied after each test: the HTTP door builds its SDK clients once per fake.
    @RegisterExtension
    static final FakeOciExtension SHARED = FakeOciExtension.builder().resetAfterEachTest().build();
    private static FakeOci OCI;
    private final VirtualNetwork vn;
    private final Vcn vcn;
    private final NetworkSecurityGroup workers;

    NetworkSecurityGroupTest(Door door) {
        vn = door.virtualNetwork(OCI);
        vcn = Fixtures.vcn(vn, "prod", "10.0.0.0/16");
        workers = Fixtures.nsg(vn, vcn, "workers");
    }

    private static AddSecurityRuleDetails tcpFrom(String cidr, int port) {
        return AddSecurityRuleDetails.builder().direction(AddSecurityRuleDetails.Direction.Ingress).protocol("6")
                .source(cidr).sourceType(AddSecurityRuleDetails.SourceType.CidrBlock).tcpOptions(TcpOptions.builder()
                        .destinationPortRange(PortRange.builder().min(port).max(port).build()).build()).build();
    }

    private List<SecurityRule> add(NetworkSecurityGroup nsg, List<AddSecurityRuleDetails> rules) {
        return vn.addNetworkSecurityGroupSecurityRules(AddNetworkSecurityGroupSecurityRulesRequest.builder()
                .networkSecurityGroupId(nsg.getId()).addNetworkSecurityGroupSecurityRulesDetails(
                        AddNetworkSecurityGroupSecurityRulesDetails.builder().securityRules(rules).build()).build())
                .getAddedNetworkSecurityGroupSecurityRules().getSecurityRules();
    }

    private List<SecurityRule> rules() {
        return vn.listNetworkSecurityGroupSecurityRules(ListNetworkSecurityGroupSecurityRulesRequest.builder()
                .networkSecurityGroupId(workers.getId()).build()).getItems();
    }

    private static List<AddSecurityRuleDetails> batch(int from, int count) {
        return IntStream.range(from, from + count).mapToObj(i -> tcpFrom("10.0.0.0/16", 1000 + i)).toList();
    }

    @Test
    void addedRulesGetSixHexDigitIdsAndRoundTrip() {
        SecurityRule rule = add(workers, List.of(tcpFrom("10.0.0.0/28", 10250))).get(0);

        assertThat(rule.getId()).matches("[0-9A-F]{6}");
        assertThat(rules()).singleElement().satisfies(listed -> {
            assertThat(listed.getSource()).isEqualTo("10.0.0.0/28");
            assertThat(listed.getSourceType()).isEqualTo(SecurityRule.SourceType.CidrBlock);
            assertThat(listed.getTcpOptions().getDestinationPortRange().getMin()).isEqualTo(10250);
            assertThat(listed.getIsStateless()).isFalse();
        });
    }

    @Test
    void moreThanTwentyFiveRulesPerCallAreRejected() {
        assertThatThrownBy(() -> add(workers, batch(0, 26)))
                .isInstanceOfSatisfying(BmcException.class, e -> assertThat(e.getStatusCode()).isEqualTo(400))
                .hasMessageContaining("batches of 25");
    }

    @Test
    void moreThan120RulesPerNsgAreLimitExceeded() {
        for (int i = 0; i < 120; i += 24) {
            add(workers, batch(i, 24));
        }

        assertThatThrownBy(() -> add(workers, batch(200, 1)))
                .isInstanceOfSatisfying(BmcException.class, e -> assertThat(e.getServiceCode()).isEqualTo("LimitExceeded"));
    }

    @Test
    void peerNsgMustExistInTheSameVcn() {
        Vcn other = Fixtures.vcn(vn, "other", "10.1.0.0/16");
        NetworkSecurityGroup foreign = Fixtures.nsg(vn, other, "foreign");

        assertThatThrownBy(() -> add(workers, List.of(AddSecurityRuleDetails.builder()
                .direction(AddSecurityRuleDetails.Direction.Ingress).protocol("all").source(foreign.getId())
                .sourceType(AddSecurityRuleDetails.SourceType.NetworkSecurityGroup).build())))
                .hasMessageContaining("another VCN");
    }

    @Test
    void udpOptionsNeedProtocolSeventeen() {
        assertThatThrownBy(() -> add(workers, List.of(AddSecurityRuleDetails.builder()
                .direction(AddSecurityRuleDetails.Direction.Ingress).protocol("6").source("0.0.0.0/0")
                .udpOptions(UdpOptions.builder().build()).build())))
                .hasMessageContaining("udpOptions");
    }

    @Test
    void portRangeMinAboveMaxIsRejected() {
        assertThatThrownBy(() -> add(workers, List.of(AddSecurityRuleDetails.builder()
                .direction(AddSecurityRuleDetails.Direction.Ingress).protocol("6").source("0.0.0.0/0")
                .tcpOptions(TcpOptions.builder().destinationPortRange(PortRange.builder().min(90).max(80).build())
                        .build()).build())))
                .hasMessageContaining("90-80");
    }

    @Test
    void updateReplacesARuleById() {
        String id = add(workers, List.of(tcpFrom("10.0.0.0/28", 22))).get(0).getId();

        vn.updateNetworkSecurityGroupSecurityRules(UpdateNetworkSecurityGroupSecurityRulesRequest.builder()
                .networkSecurityGroupId(workers.getId()).updateNetworkSecurityGroupSecurityRulesDetails(
                        UpdateNetworkSecurityGroupSecurityRulesDetails.builder().securityRules(List.of(
                                UpdateSecurityRuleDetails.builder().id(id)
                                        .direction(UpdateSecurityRuleDetails.Direction.Ingress).protocol("all")
                                        .source("10.0.0.0/24").sourceType(UpdateSecurityRuleDetails.SourceType.CidrBlock)
                                        .build())).build()).build());

        assertThat(rules()).singleElement().satisfies(r -> {
            assertThat(r.getId()).isEqualTo(id);
            assertThat(r.getSource()).isEqualTo("10.0.0.0/24");
        });
    }

    @Test
    void removeDeletesRulesById() {
        String id = add(workers, List.of(tcpFrom("10.0.0.0/28", 22))).get(0).getId();

        vn.removeNetworkSecurityGroupSecurityRules(RemoveNetworkSecurityGroupSecurityRulesRequest.builder()
                .networkSecurityGroupId(workers.getId()).removeNetworkSecurityGroupSecurityRulesDetails(
                        RemoveNetworkSecurityGroupSecurityRulesDetails.builder().securityRuleIds(List.of(id)).build())
                .build());

        assertThat(rules()).isEmpty();
    }

    @Test
    void listFiltersByDirection() {
        add(workers, List.of(tcpFrom("10.0.0.0/28", 22), AddSecurityRuleDetails.builder()
                .direction(AddSecurityRuleDetails.Direction.Egress).protocol("all").destination("0.0.0.0/0")
                .destinationType(AddSecurityRuleDetails.DestinationType.CidrBlock).build()));

        List<SecurityRule> egress = vn.listNetworkSecurityGroupSecurityRules(ListNetworkSecurityGroupSecurityRulesRequest
                .builder().networkSecurityGroupId(workers.getId())
                .direction(ListNetworkSecurityGroupSecurityRulesRequest.Direction.Egress).build()).getItems();

        assertThat(egress).singleElement().satisfies(r -> assertThat(r.getDestination()).isEqualTo("0.0.0.0/0"));
    }

    /**
     * {@code SecurityRule.isValid} javadoc: "If the rule's source or destination is a network
     * security group, the value changes to False if that network security group is deleted" - the
     * delete is not refused.
     */
    @Test
    void deletingAnNsgAnotherNsgsRuleNamesLeavesThatRuleInvalid() {
        NetworkSecurityGroup api = Fixtures.nsg(vn, vcn, "api");
        add(workers, List.of(tcpFrom("10.0.0.0/28", 22), AddSecurityRuleDetails.builder()
                .direction(AddSecurityRuleDetails.Direction.Ingress).protocol("all").source(api.getId())
                .sourceType(AddSecurityRuleDetails.SourceType.NetworkSecurityGroup).build()));

        vn.deleteNetworkSecurityGroup(DeleteNetworkSecurityGroupRequest.builder().networkSecurityGroupId(api.getId())
                .build());

        List<SecurityRule> rules = vn.listNetworkSecurityGroupSecurityRules(ListNetworkSecurityGroupSecurityRulesRequest
                .builder().networkSecurityGroupId(workers.getId()).build()).getItems();
        assertThat(rules).extracting(SecurityRule::getSource, SecurityRule::getIsValid)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("10.0.0.0/28", true),
                        org.assertj.core.groups.Tuple.tuple(api.getId(), false));
    }
}
