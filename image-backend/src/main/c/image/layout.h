/* Addresses and selectors shared by the assembly entry code and the C kernel. */
#ifndef TICKWISE_LAYOUT_H
#define TICKWISE_LAYOUT_H

#define CODE_SELECTOR 0x08
#define DATA_SELECTOR 0x10

/* A STARTUP IPI names a 4 KiB page below 1 MiB; APs begin there in real mode. */
#define TRAMPOLINE_BASE 0x8000

/* The architectural default; QEMU never relocates it unless the guest asks. */
#define LAPIC_BASE 0xFEE00000
#define LAPIC_ID_REGISTER (LAPIC_BASE + 0x20)
#define LAPIC_EOI_REGISTER (LAPIC_BASE + 0xB0)

/* xAPIC IDs are 8 bits, so an array of 256 slots covers every possible ID, gaps included. */
#define MAX_APIC_IDS 256
#define AP_STACK_SIZE 4096

#endif
