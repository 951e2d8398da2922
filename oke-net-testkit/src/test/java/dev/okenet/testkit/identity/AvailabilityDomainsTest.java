package dev.okenet.testkit.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.oracle.bmc.Region;
import com.oracle.bmc.identity.model.AvailabilityDomain;
import com.oracle.bmc.identity.requests.ListAvailabilityDomainsRequest;
import com.oracle.bmc.model.BmcException;
import dev.okenet.testkit.ApiCall;
import dev.okenet.testkit.FakeOci;
import dev.okenet.testkit.Fixtures;
import dev.okenet.testkit.http.ApiKey;
import dev.okenet.testkit.http.Door;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code Identity.listAvailabilityDomains}: the fake region's domains, named as OCI names them per
 * tenancy (Oracle, "Regions and Availability Domains"), through either door.
 */
class AvailabilityDomainsTest {
    private static final ListAvailabilityDomainsRequest IN_COMPARTMENT =
            ListAvailabilityDomainsRequest.builder().compartmentId(Fixtures.COMPARTMENT).build();

    private static List<String> names(List<AvailabilityDomain> domains) {
        return domains.stream().map(AvailabilityDomain::getName).toList();
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void ashburnListsItsThreeDomains(Door door) {
        try (FakeOci fake = FakeOci.create()) {
            List<AvailabilityDomain> listed = door.identity(fake).listAvailabilityDomains(IN_COMPARTMENT).getItems();

            assertThat(names(listed)).containsExactly("Uocm:US-ASHBURN-AD-1", "Uocm:US-ASHBURN-AD-2",
                    "Uocm:US-ASHBURN-AD-3");
        }
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void theListIsWhatTheFakeSaysItsDomainsAre(Door door) {
        try (FakeOci fake = FakeOci.builder().region(Region.EU_FRANKFURT_1).build()) {
            List<AvailabilityDomain> listed = door.identity(fake).listAvailabilityDomains(IN_COMPARTMENT).getItems();

            assertThat(names(listed)).isEqualTo(fake.availabilityDomains());
        }
    }

    @Test
    void aSingleDomainRegionListsOneNamedForItsIdentifier() {
        try (FakeOci fake = FakeOci.builder().region(Region.AP_TOKYO_1).build()) {
            assertThat(names(fake.identity().listAvailabilityDomains(IN_COMPARTMENT).getItems()))
                    .containsExactly("Uocm:AP-TOKYO-1-AD-1");
        }
    }

    @Test
    void phoenixKeepsItsAirportCodeName() {
        try (FakeOci fake = FakeOci.builder().region(Region.US_PHOENIX_1).build()) {
            assertThat(fake.availabilityDomains()).containsExactly("Uocm:PHX-AD-1", "Uocm:PHX-AD-2", "Uocm:PHX-AD-3");
        }
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void domainsGivenToTheBuilderAreListedInTheirOrder(Door door) {
        try (FakeOci fake = FakeOci.builder().availabilityDomains(List.of("kWVD:US-ASHBURN-AD-2", "kWVD:US-ASHBURN-AD-1"))
                .build()) {
            assertThat(names(door.identity(fake).listAvailabilityDomains(IN_COMPARTMENT).getItems()))
                    .containsExactly("kWVD:US-ASHBURN-AD-2", "kWVD:US-ASHBURN-AD-1");
        }
    }

    @Test
    void eachDomainBelongsToTheTenancyAndKeepsItsOcid() {
        try (FakeOci one = FakeOci.create(); FakeOci other = FakeOci.create()) {
            List<AvailabilityDomain> first = one.identity().listAvailabilityDomains(IN_COMPARTMENT).getItems();
            List<AvailabilityDomain> second = other.identity().listAvailabilityDomains(IN_COMPARTMENT).getItems();

            assertThat(first).allSatisfy(ad -> {
                assertThat(ad.getCompartmentId()).isEqualTo(ApiKey.TENANCY);
                assertThat(ad.getId()).startsWith("ocid1.availabilitydomain.oc1..");
            });
            assertThat(first).extracting(AvailabilityDomain::getId).doesNotHaveDuplicates()
                    .isEqualTo(second.stream().map(AvailabilityDomain::getId).toList());
        }
    }

    @Test
    void theTenancyItselfMayBeAskedAbout() {
        try (FakeOci fake = FakeOci.create()) {
            assertThat(fake.identity().listAvailabilityDomains(ListAvailabilityDomainsRequest.builder()
                    .compartmentId(ApiKey.TENANCY).build()).getItems()).hasSize(3);
        }
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void aCompartmentIdThatIsNoCompartmentIsABadRequest(Door door) {
        try (FakeOci fake = FakeOci.create()) {
            ListAvailabilityDomainsRequest request = ListAvailabilityDomainsRequest.builder()
                    .compartmentId("ocid1.vcn.oc1..notacompartment").build();

            assertThatThrownBy(() -> door.identity(fake).listAvailabilityDomains(request))
                    .isInstanceOfSatisfying(BmcException.class, e -> {
                        assertThat(e.getStatusCode()).isEqualTo(400);
                        assertThat(e.getServiceCode()).isEqualTo("InvalidParameter");
                    });
        }
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void theCallIsLoggedAsIdentitys(Door door) {
        try (FakeOci fake = FakeOci.create()) {
            door.identity(fake).listAvailabilityDomains(IN_COMPARTMENT);

            assertThat(fake.calls().all()).extracting(ApiCall::service, ApiCall::operation)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("Identity", "listAvailabilityDomains"));
        }
    }

    @Test
    void theBuilderRefusesNoDomains() {
        assertThatThrownBy(() -> FakeOci.builder().availabilityDomains(List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one");
    }

    @Test
    void theBuilderRefusesABlankDomain() {
        assertThatThrownBy(() -> FakeOci.builder().availabilityDomains(List.of("Uocm:PHX-AD-1", " ")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("none blank");
    }

    @Test
    void theBuilderRefusesADomainNamedTwice() {
        assertThatThrownBy(() -> FakeOci.builder().availabilityDomains(List.of("Uocm:PHX-AD-1", "Uocm:PHX-AD-1")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("each once");
    }
}
