package dev.okenet.oci;

/**
 * What a plan does to one resource, with the symbol {@code terraform plan} readers know.
 *
 * <pre>{@code
 * ChangeAction.REPLACE.symbol();   // "-/+"
 * }</pre>
 */
public enum ChangeAction {
  /** Create a resource that does not exist yet. */
  CREATE("+"),
  /** Change fields of an existing resource in place. */
  UPDATE("~"),
  /** Delete and re-create: OCI cannot change a field in place (a subnet's CIDR or DNS label). */
  REPLACE("-/+"),
  /** Delete a resource this network owns but no longer wants. */
  DELETE("-"),
  /** Nothing to do: the resource exists as desired (or is referenced by OCID and only read). */
  NO_OP(" ");

  private final String symbol;

  ChangeAction(String symbol) {
    this.symbol = symbol;
  }

  /** "+", "~", "-/+", "-" or " ". */
  public String symbol() {
    return symbol;
  }

  /** Whether this action calls a mutating API. */
  public boolean mutates() {
    return this != NO_OP;
  }
}
