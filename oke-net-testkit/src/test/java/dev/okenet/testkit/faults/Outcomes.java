package dev.okenet.testkit.faults;

import static dev.okenet.testkit.Fixtures.COMPARTMENT;

import com.oracle.bmc.core.VirtualNetwork;
import com.oracle.bmc.core.requests.ListVcnsRequest;
import com.oracle.bmc.model.BmcException;

/** What the fault tests read off a call: its HTTP status, and how many VCNs a fault let through. */
final class Outcomes {
    private Outcomes() {}

    /** 200 if {@code call} succeeds, else the status of the OCI error it raises. */
    static int statusOf(Runnable call) {
        try {
            call.run();
            return 200;
        } catch (BmcException e) {
            return e.getStatusCode();
        }
    }

    static long vcnCount(VirtualNetwork vn) {
        return vn.listVcns(ListVcnsRequest.builder().compartmentId(COMPARTMENT).build()).getItems().size();
    }
}
