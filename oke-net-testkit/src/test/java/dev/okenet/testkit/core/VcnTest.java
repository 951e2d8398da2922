package dev.okenet.testkit.core;

import static dev.okenet.testkit.Fixtures.COMPARTMENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.oracle.bmc.core.VirtualNetwork;
import com.oracle.bmc.core.model.CreateVcnDetails;
import com.oracle.bmc.core.model.SecurityList;
import com.oracle.bmc.core.model.UpdateVcnDetails;
import com.oracle.bmc.core.model.Vcn;
import com.oracle.bmc.core.requests.CreateVcnRequest;
import com.oracle.bmc.core.requests.DeleteVcnRequest;
import com.oracle.bmc.core.requests.GetRouteTableRequest;
import com.oracle.bmc.core.requests.GetSecurityListRequest;
import com.oracle.bmc.core.requests.GetVcnRequest;
import com.oracle.bmc.core.requests.ListVcnsRequest;
import com.oracle.bmc.core.requests.UpdateVcnRequest;
import com.oracle.bmc.core.responses.GetVcnResponse;
import com.oracle.bmc.core.responses.ListVcnsResponse;
import com.oracle.bmc.model.BmcException;
import dev.okenet.testkit.FakeOci;
import dev.okenet.testkit.Fixtures;
import dev.okenet.testkit.http.Door;
import dev.okenet.testkit.junit.FakeOciExtension;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(Door.class)
class VcnTest {
    // One fake for the class, emptied after each test: the HTTP door builds its SDK clients once per fake.
    @RegisterExtension
    static final FakeOciExtension SHARED = FakeOciExtension.builder().resetAfterEachTest().build();
    private static FakeOci OCI;
    private final VirtualNetwork vn;

    VcnTest(Door door) {
        vn = door.virtualNetwork(OCI);
    }

    private static CreateVcnDetails.Builder details(String... cidrs) {
        return CreateVcnDetails.builder().compartmentId(COMPARTMENT).cidrBlocks(List.of(cidrs));
    }

    private Vcn create(CreateVcnDetails details) {
        return vn.createVcn(CreateVcnRequest.builder().createVcnDetails(details).build()).getVcn();
    }

    @Test
    void createThenGetRoundTripsEveryField() {
        Map<String, Map<String, Object>> defined = Map.of("ops", Map.of("team", "net"));
        Vcn created = create(details("10.0.0.0/16", "10.1.0.0/16").displayName("prod").dnsLabel("prod")
                .freeformTags(Map.of("okenet.network", "prod", "okenet.key", "vcn")).definedTags(defined).build());

        GetVcnResponse got = vn.getVcn(GetVcnRequest.builder().vcnId(created.getId()).build());

        Vcn vcn = got.getVcn();
        assertThat(vcn.getId()).startsWith("ocid1.vcn.oc1.iad.").isEqualTo(created.getId());
        assertThat(vcn.getCompartmentId()).isEqualTo(COMPARTMENT);
        assertThat(vcn.getCidrBlocks()).containsExactly("10.0.0.0/16", "10.1.0.0/16");
        assertThat(vcn.getCidrBlock()).isEqualTo("10.0.0.0/16");
        assertThat(vcn.getDisplayName()).isEqualTo("prod");
        assertThat(vcn.getDnsLabel()).isEqualTo("prod");
        assertThat(vcn.getVcnDomainName()).isEqualTo("prod.oraclevcn.com");
        assertThat(vcn.getFreeformTags()).containsExactlyInAnyOrderEntriesOf(
                Map.of("okenet.network", "prod", "okenet.key", "vcn"));
        assertThat(vcn.getDefinedTags()).isEqualTo(defined);
        assertThat(vcn.getTimeCreated()).isNotNull();
        assertThat(vcn.getLifecycleState()).isEqualTo(Vcn.LifecycleState.Available);
        assertThat(got.getEtag()).isNotBlank();
        assertThat(got.getOpcRequestId()).isNotBlank();
    }

    @Test
    void createComesWithDefaultRouteTableSecurityListAndDhcpOptions() {
        Vcn vcn = create(details("10.0.0.0/16").displayName("prod").build());

        assertThat(vn.getRouteTable(GetRouteTableRequest.builder().rtId(vcn.getDefaultRouteTableId()).build())
                .getRouteTable().getRouteRules()).isEmpty();
        SecurityList defaults = vn.getSecurityList(GetSecurityListRequest.builder()
                .securityListId(vcn.getDefaultSecurityListId()).build()).getSecurityList();
        assertThat(defaults.getDisplayName()).isEqualTo("Default Security List for prod");
        assertThat(defaults.getIngressSecurityRules()).extracting(r -> r.getProtocol() + " " + r.getSource())
                .containsExactly("6 0.0.0.0/0", "1 0.0.0.0/0", "1 10.0.0.0/16");
        assertThat(defaults.getEgressSecurityRules()).singleElement()
                .satisfies(r -> assertThat(r.getProtocol() + " " + r.getDestination()).isEqualTo("all 0.0.0.0/0"));
        assertThat(vcn.getDefaultDhcpOptionsId()).startsWith("ocid1.dhcpoptions.");
    }

    @Test
    void defaultDisplayNameFollowsOciPattern() {
        Vcn vcn = create(details("10.0.0.0/16").build());

        assertThat(vcn.getDisplayName()).matches("vcn\\d{14}");
    }

    @Test
    void rejectsCidrLargerThanSlash16() {
        assertThatThrownBy(() -> create(details("10.0.0.0/8").build()))
                .isInstanceOfSatisfying(BmcException.class, e -> {
                    assertThat(e.getStatusCode()).isEqualTo(400);
                    assertThat(e.getServiceCode()).isEqualTo("InvalidParameter");
                    assertThat(e.getMessage()).contains("10.0.0.0/8", "/16 to /30");
                });
    }

    @Test
    void rejectsCidrWithHostBitsSetAndSuggestsTheNetwork() {
        assertThatThrownBy(() -> create(details("10.0.0.1/16").build()))
                .hasMessageContaining("did you mean 10.0.0.0/16");
    }

    @Test
    void rejectsAZeroPaddedCidrInsteadOfGuessingItsMeaning() {
        assertThatThrownBy(() -> create(details("010.0.0.0/16").build()))
                .isInstanceOfSatisfying(BmcException.class, e -> {
                    assertThat(e.getStatusCode()).isEqualTo(400);
                    assertThat(e.getServiceCode()).isEqualTo("InvalidParameter");
                    assertThat(e.getMessage()).contains("010.0.0.0/16");
                });
    }

    @Test
    void rejectsOverlappingCidrBlocks() {
        assertThatThrownBy(() -> create(details("10.0.0.0/16", "10.0.128.0/17").build()))
                .hasMessageContaining("overlap");
    }

    @Test
    void rejectsMoreThanFiveCidrBlocks() {
        assertThatThrownBy(() -> create(details("10.0.0.0/16", "10.1.0.0/16", "10.2.0.0/16", "10.3.0.0/16",
                "10.4.0.0/16", "10.5.0.0/16").build()))
                .isInstanceOfSatisfying(BmcException.class, e -> assertThat(e.getServiceCode()).isEqualTo("LimitExceeded"));
    }

    @Test
    void rejectsInvalidDnsLabel() {
        assertThatThrownBy(() -> create(details("10.0.0.0/16").dnsLabel("1prod").build()))
                .hasMessageContaining("dnsLabel '1prod' is invalid");
    }

    @Test
    void rejectsMissingCompartment() {
        assertThatThrownBy(() -> create(CreateVcnDetails.builder().cidrBlocks(List.of("10.0.0.0/16")).build()))
                .isInstanceOfSatisfying(BmcException.class, e -> assertThat(e.getServiceCode()).isEqualTo("MissingParameter"));
    }

    @Test
    void unknownIdIsNotAuthorizedOrNotFound() {
        assertThatThrownBy(() -> vn.getVcn(GetVcnRequest.builder().vcnId("ocid1.vcn.oc1.iad.nope").build()))
                .isInstanceOfSatisfying(BmcException.class, e -> {
                    assertThat(e.getStatusCode()).isEqualTo(404);
                    assertThat(e.getServiceCode()).isEqualTo("NotAuthorizedOrNotFound");
                });
    }

    @Test
    void updateChangesNameAndTagsAndEtag() {
        Vcn vcn = create(details("10.0.0.0/16").displayName("a").build());
        String etag = vn.getVcn(GetVcnRequest.builder().vcnId(vcn.getId()).build()).getEtag();

        Vcn updated = vn.updateVcn(UpdateVcnRequest.builder().vcnId(vcn.getId()).ifMatch(etag)
                .updateVcnDetails(UpdateVcnDetails.builder().displayName("b").freeformTags(Map.of("k", "v")).build())
                .build()).getVcn();

        assertThat(updated.getDisplayName()).isEqualTo("b");
        assertThat(updated.getFreeformTags()).containsExactly(Map.entry("k", "v"));
        assertThat(vn.getVcn(GetVcnRequest.builder().vcnId(vcn.getId()).build()).getEtag()).isNotEqualTo(etag);
    }

    @Test
    void staleIfMatchIsNoEtagMatch() {
        Vcn vcn = create(details("10.0.0.0/16").build());

        assertThatThrownBy(() -> vn.updateVcn(UpdateVcnRequest.builder().vcnId(vcn.getId()).ifMatch("stale")
                .updateVcnDetails(UpdateVcnDetails.builder().displayName("b").build()).build()))
                .isInstanceOfSatisfying(BmcException.class, e -> {
                    assertThat(e.getStatusCode()).isEqualTo(412);
                    assertThat(e.getServiceCode()).isEqualTo("NoEtagMatch");
                });
    }

    @Test
    void deleteWithSubnetIsConflictNamingTheSubnet() {
        Vcn vcn = create(details("10.0.0.0/16").build());
        String subnetId = Fixtures.subnet(vn, vcn, "workers", "10.0.1.0/24").getId();

        assertThatThrownBy(() -> vn.deleteVcn(DeleteVcnRequest.builder().vcnId(vcn.getId()).build()))
                .isInstanceOfSatisfying(BmcException.class, e -> {
                    assertThat(e.getStatusCode()).isEqualTo(409);
                    assertThat(e.getServiceCode()).isEqualTo("Conflict");
                    assertThat(e.getMessage()).contains(subnetId);
                });
    }

    @Test
    void deletedVcnReadsAsTerminated() {
        Vcn vcn = create(details("10.0.0.0/16").build());

        vn.deleteVcn(DeleteVcnRequest.builder().vcnId(vcn.getId()).build());

        assertThat(vn.getVcn(GetVcnRequest.builder().vcnId(vcn.getId()).build()).getVcn().getLifecycleState())
                .isEqualTo(Vcn.LifecycleState.Terminated);
    }

    @Test
    void retryTokenMakesCreateIdempotent() {
        CreateVcnRequest request = CreateVcnRequest.builder().opcRetryToken("token-1")
                .createVcnDetails(details("10.0.0.0/16").displayName("x").build()).build();

        String first = vn.createVcn(request).getVcn().getId();
        String second = vn.createVcn(request).getVcn().getId();

        assertThat(second).isEqualTo(first);
        assertThat(vn.listVcns(ListVcnsRequest.builder().compartmentId(COMPARTMENT).build()).getItems()).hasSize(1);
    }

    @Test
    void retryTokenReusedForDifferentRequestIsConflict() {
        vn.createVcn(CreateVcnRequest.builder().opcRetryToken("t").createVcnDetails(details("10.0.0.0/16").build()).build());

        assertThatThrownBy(() -> vn.createVcn(CreateVcnRequest.builder().opcRetryToken("t")
                .createVcnDetails(details("10.1.0.0/16").build()).build()))
                .isInstanceOfSatisfying(BmcException.class, e -> assertThat(e.getStatusCode()).isEqualTo(409));
    }

    @Test
    void listFiltersByDisplayNameAndState() {
        create(details("10.0.0.0/16").displayName("a").build());
        create(details("10.1.0.0/16").displayName("b").build());

        ListVcnsResponse response = vn.listVcns(ListVcnsRequest.builder().compartmentId(COMPARTMENT).displayName("b")
                .lifecycleState(Vcn.LifecycleState.Available).build());

        assertThat(response.getItems()).extracting(Vcn::getDisplayName).containsExactly("b");
    }

    @Test
    void listPaginatesWithOpcNextPage() {
        for (int i = 0; i < 5; i++) {
            create(details("10." + i + ".0.0/16").displayName("v" + i).build());
        }

        ListVcnsResponse first = vn.listVcns(ListVcnsRequest.builder().compartmentId(COMPARTMENT).limit(2).build());
        ListVcnsResponse second = vn.listVcns(ListVcnsRequest.builder().compartmentId(COMPARTMENT).limit(2)
                .page(first.getOpcNextPage()).build());
        ListVcnsResponse last = vn.listVcns(ListVcnsRequest.builder().compartmentId(COMPARTMENT).limit(2)
                .page(second.getOpcNextPage()).build());

        assertThat(first.getItems()).extracting(Vcn::getDisplayName).containsExactly("v0", "v1");
        assertThat(second.getItems()).extracting(Vcn::getDisplayName).containsExactly("v2", "v3");
        assertThat(last.getItems()).extracting(Vcn::getDisplayName).containsExactly("v4");
        assertThat(last.getOpcNextPage()).isNull();
    }

    @Test
    void listSortsByDisplayNameDescending() {
        create(details("10.0.0.0/16").displayName("b").build());
        create(details("10.1.0.0/16").displayName("a").build());
        create(details("10.2.0.0/16").displayName("c").build());

        ListVcnsResponse response = vn.listVcns(ListVcnsRequest.builder().compartmentId(COMPARTMENT)
                .sortBy(ListVcnsRequest.SortBy.Displayname).sortOrder(ListVcnsRequest.SortOrder.Desc).build());

        assertThat(response.getItems()).extracting(Vcn::getDisplayName).containsExactly("c", "b", "a");
    }

    @Test
    void paginatorsWalkAllPages() {
        for (int i = 0; i < 5; i++) {
            create(details("10." + i + ".0.0/16").build());
        }

        Iterable<Vcn> all = vn.getPaginators().listVcnsRecordIterator(
                ListVcnsRequest.builder().compartmentId(COMPARTMENT).limit(2).build());

        assertThat(all).hasSize(5);
    }
}
