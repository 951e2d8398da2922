/** What all backends share: resources and their lifecycles, virtual time, ids, listing, retry tokens, work requests. */
package dev.okenet.testkit.internal.state;
