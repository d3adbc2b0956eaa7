package io.tickwise.host.spec;

/**
 * Sockets × physical cores per socket × logical processors per physical core. On a Bulldozer
 * host a "physical core" is a module and its logical processors are the module's integer cores.
 */
public record TopologySpec(int sockets, int coresPerSocket, int threadsPerCore, SiblingKind siblingKind,
                           Cited smtShare, String source) {
}
