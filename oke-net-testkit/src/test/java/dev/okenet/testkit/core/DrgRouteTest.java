package dev.okenet.testkit.core;

import static dev.okenet.testkit.Fixtures.COMPARTMENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.oracle.bmc.core.VirtualNetwork;
import com.oracle.bmc.core.model.CreateDrgAttachmentDetails;
import com.oracle.bmc.core.model.CreateDrgDetails;
import com.oracle.bmc.core.model.Drg;
import com.oracle.bmc.core.model.DrgAttachment;
import com.oracle.bmc.core.model.RouteTable;
import com.oracle.bmc.core.model.UpdateRouteTableDetails;
import com.oracle.bmc.core.model.Vcn;
import com.oracle.bmc.core.model.VcnDrgAttachmentNetworkCreateDetails;
import com.oracle.bmc.core.requests.CreateDrgAttachmentRequest;
import com.oracle.bmc.core.requests.CreateDrgRequest;
import com.oracle.bmc.core.requests.DeleteDrgAttachmentRequest;
import com.oracle.bmc.core.requests.GetRouteTableRequest;
import com.oracle.bmc.core.requests.UpdateRouteTableRequest;
import com.oracle.bmc.model.BmcException;
import dev.okenet.testkit.FakeOci;
import dev.okenet.testkit.Fixtures;
import dev.okenet.testkit.VirtualClock;
import dev.okenet.testkit.http.Door;
import dev.okenet.testkit.junit.FakeOciExtension;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** A route rule may target a DRG only once the DRG is attached to the route table's VCN. */
@ParameterizedClass
@EnumSource(Door.class)
class DrgRouteTest {
    // One fake for the class, emptied after each test: the HTTP door builds its SDK clients once per fake.
    @RegisterExtension
    static final FakeOciExtension SHARED = FakeOciExtension.builder().resetAfterEachTest().build();
    private static FakeOci OCI;
    private final Door door;
    private final VirtualNetwork vn;

    DrgRouteTest(Door door) {
        this.door = door;
        vn = door.virtualNetwork(OCI);
    }

    private static Drg drg(VirtualNetwork vn) {
        return vn.createDrg(CreateDrgRequest.builder().createDrgDetails(CreateDrgDetails.builder()
                .compartmentId(COMPARTMENT).displayName("drg").build()).build()).getDrg();
    }

    private static DrgAttachment attach(VirtualNetwork vn, Drg drg, Vcn vcn) {
        return vn.createDrgAttachment(CreateDrgAttachmentRequest.builder().createDrgAttachmentDetails(
                CreateDrgAttachmentDetails.builder().drgId(drg.getId()).networkDetails(
                        VcnDrgAttachmentNetworkCreateDetails.builder().id(vcn.getId()).build()).build()).build())
                .getDrgAttachment();
    }

    @Test
    void routeToADrgAttachedToTheVcnIsAccepted() {
        Vcn vcn = Fixtures.vcn(vn, "prod", "10.0.0.0/16");
        Drg drg = drg(vn);
        attach(vn, drg, vcn);

        RouteTable table = Fixtures.routeTable(vn, vcn, "rt", Fixtures.route("192.168.0.0/16", drg.getId()));

        assertThat(table.getRouteRules()).extracting(r -> r.getNetworkEntityId()).containsExactly(drg.getId());
    }

    @Test
    void routeToAnUnattachedDrgIsInvalidParameterNamingDrgVcnAndFix() {
        Vcn vcn = Fixtures.vcn(vn, "prod", "10.0.0.0/16");
        Drg drg = drg(vn);

        assertThatThrownBy(() -> Fixtures.routeTable(vn, vcn, "rt", Fixtures.route("192.168.0.0/16", drg.getId())))
                .isInstanceOfSatisfying(BmcException.class, e -> {
                    assertThat(e.getStatusCode()).isEqualTo(400);
                    assertThat(e.getServiceCode()).isEqualTo("InvalidParameter");
                    assertThat(e.getUnmodifiedMessage()).contains(drg.getId(), vcn.getId(), "192.168.0.0/16",
                            "createDrgAttachment");
                });
    }

    @Test
    void routeToADrgAttachedOnlyToAnotherVcnIsRefused() {
        Vcn vcn = Fixtures.vcn(vn, "prod", "10.0.0.0/16");
        Vcn other = Fixtures.vcn(vn, "other", "10.1.0.0/16");
        Drg drg = drg(vn);
        attach(vn, drg, other);

        assertThatThrownBy(() -> Fixtures.routeTable(vn, vcn, "rt", Fixtures.route("192.168.0.0/16", drg.getId())))
                .isInstanceOfSatisfying(BmcException.class, e -> assertThat(e.getStatusCode()).isEqualTo(400));
    }

    @Test
    void routeToADrgWhoseAttachmentIsDetachingIsRefused() {
        Vcn vcn = Fixtures.vcn(vn, "prod", "10.0.0.0/16");
        Drg drg = drg(vn);
        DrgAttachment attachment = attach(vn, drg, vcn);
        vn.deleteDrgAttachment(DeleteDrgAttachmentRequest.builder().drgAttachmentId(attachment.getId()).build());

        assertThatThrownBy(() -> Fixtures.routeTable(vn, vcn, "rt", Fixtures.route("192.168.0.0/16", drg.getId())))
                .hasMessageContaining("not attached to");
    }

    @Test
    void addingADrgRuleByUpdateNeedsTheAttachmentToo() {
        Vcn vcn = Fixtures.vcn(vn, "prod", "10.0.0.0/16");
        Drg drg = drg(vn);
        RouteTable table = Fixtures.routeTable(vn, vcn, "rt");

        assertThatThrownBy(() -> vn.updateRouteTable(UpdateRouteTableRequest.builder().rtId(table.getId())
                .updateRouteTableDetails(UpdateRouteTableDetails.builder()
                        .routeRules(List.of(Fixtures.route("192.168.0.0/16", drg.getId()))).build()).build()))
                .hasMessageContaining("not attached to");
    }

    @Test
    void routeTableWithADrgRuleBecomesAvailableAfterTheAttachmentIsAttached() throws Exception {
        try (FakeOci manual = FakeOci.builder().clock(VirtualClock.Mode.MANUAL).build()) {
            VirtualNetwork net = door.virtualNetwork(manual);
            Vcn vcn = Fixtures.vcn(net, "prod", "10.0.0.0/16");
            Drg drg = drg(net);
            attach(net, drg, vcn);

            // DRG 10 s, then the attachment 5 s, then the route table 1 s: 16 s, not the DRG's 10 s + 1 s.
            RouteTable table = Fixtures.routeTable(net, vcn, "rt", Fixtures.route("192.168.0.0/16", drg.getId()));
            net.getWaiters().forRouteTable(GetRouteTableRequest.builder().rtId(table.getId()).build(),
                    RouteTable.LifecycleState.Available, manual.clock().terminationStrategy(),
                    manual.clock().delayStrategy()).execute();

            assertThat(manual.clock().elapsed()).isEqualTo(Duration.ofSeconds(16));
        }
    }
}
