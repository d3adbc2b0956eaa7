package io.tickwise.image.qemu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.tickwise.input.BadInputException;
import org.junit.jupiter.api.Test;

class GuestTopologyTest {

    @Test
    void flatIsPlainSmpAndExplicitNamesEveryLevel() {
        assertEquals("4", GuestTopology.flat(4).smpArgument());
        assertEquals("12,sockets=2,cores=3,threads=2", GuestTopology.of(2, 3, 2).smpArgument());
        assertEquals(12, GuestTopology.of(2, 3, 2).vcpus());
    }

    @Test
    void impossibleTopologiesAreBadInput() {
        assertThrows(BadInputException.class, () -> GuestTopology.flat(0));
        assertThrows(BadInputException.class, () -> GuestTopology.flat(256));
        assertThrows(BadInputException.class, () -> GuestTopology.of(2, 0, 1));
    }

    @Test
    void anUnknownAcceleratorIsBadInput() {
        assertEquals(Accelerator.KVM, Accelerator.parse("kvm"));
        BadInputException e = assertThrows(BadInputException.class, () -> Accelerator.parse("hvf"));
        assertEquals("--accel: must be tcg or kvm, was 'hvf'", e.getMessage());
    }
}
