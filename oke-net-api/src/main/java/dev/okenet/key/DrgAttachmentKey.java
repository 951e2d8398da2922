package dev.okenet.key;

/**
 * The key of the DRG's attachment to the VCN: {@code drg-attachment:vcn}. There is one per network.
 *
 * <pre>{@code
 * ResourceKey.drgAttachment().toString();   // "drg-attachment:vcn"
 * }</pre>
 */
public record DrgAttachmentKey() implements ResourceKey {
  static final DrgAttachmentKey INSTANCE = new DrgAttachmentKey();

  @Override
  public String toString() {
    return KeyCodec.format(this);
  }
}
