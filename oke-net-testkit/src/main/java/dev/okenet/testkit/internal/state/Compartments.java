package dev.okenet.testkit.internal.state;

import dev.okenet.testkit.internal.error.OciErrors;

/** FakeOci has no identity service: any well-formed compartment (or tenancy) OCID exists. */
public final class Compartments {
    private Compartments() {}

    public static String require(String compartmentId, String where) {
        if (compartmentId == null) {
            throw OciErrors.missing("compartmentId", where);
        }
        if (!Ocids.isCompartment(compartmentId)) {
            throw OciErrors.invalid("compartmentId '" + compartmentId + "' in " + where
                    + " is not a compartment OCID; expected ocid1.compartment.oc1..<unique> (or a tenancy OCID).");
        }
        return compartmentId;
    }
}
