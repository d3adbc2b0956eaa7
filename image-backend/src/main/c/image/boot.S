/*
 * Entry points of the SMP image: the multiboot header, the bootstrap processor's entry,
 * the real-mode trampoline that application processors start in after a STARTUP IPI,
 * and the interrupt stubs.
 */
#include "layout.h"

#define MULTIBOOT_MAGIC 0x1BADB002
#define MULTIBOOT_FLAGS 0

    .section .multiboot, "a"
    .align 4
    .long MULTIBOOT_MAGIC
    .long MULTIBOOT_FLAGS
    .long -(MULTIBOOT_MAGIC + MULTIBOOT_FLAGS)

    .section .rodata
    .align 8
/* Flat 4 GiB code and data segments: the kernel runs unpaged with identity addresses. */
gdt:
    .quad 0
    .quad 0x00CF9A000000FFFF
    .quad 0x00CF92000000FFFF
gdt_end:
gdt_pointer:
    .word gdt_end - gdt - 1
    .long gdt

    .section .bss
    .align 16
bsp_stack:
    .skip 16384
bsp_stack_top:

    .section .text
    .code32
    .globl boot_entry
boot_entry:
    cli
    /* The multiboot loader's GDT may be anywhere and gone soon, so install ours. */
    lgdt gdt_pointer
    ljmp $CODE_SELECTOR, $1f
1:  movw $DATA_SELECTOR, %cx
    movw %cx, %ds
    movw %cx, %es
    movw %cx, %fs
    movw %cx, %gs
    movw %cx, %ss
    movl $bsp_stack_top, %esp
    pushl %ebx
    pushl %eax
    call bsp_main
    jmp halt_forever

    .globl halt_forever
halt_forever:
    cli
    hlt
    jmp halt_forever

/* Copied to TRAMPOLINE_BASE at run time, so every address in it is computed from there. */
    .code16
    .globl ap_trampoline_start
    .globl ap_trampoline_end
ap_trampoline_start:
    cli
    xorw %ax, %ax
    movw %ax, %ds
    lgdtl TRAMPOLINE_BASE + (ap_gdt_pointer - ap_trampoline_start)
    movl %cr0, %eax
    orl $1, %eax
    movl %eax, %cr0
    ljmpl $CODE_SELECTOR, $ap_entry32
    .align 4
ap_gdt_pointer:
    .word gdt_end - gdt - 1
    .long gdt
ap_trampoline_end:

    .code32
ap_entry32:
    movw $DATA_SELECTOR, %cx
    movw %cx, %ds
    movw %cx, %es
    movw %cx, %fs
    movw %cx, %gs
    movw %cx, %ss
    /* Each AP owns the stack indexed by its APIC ID, so no AP waits for another here. */
    movl LAPIC_ID_REGISTER, %eax
    shrl $24, %eax
    incl %eax
    shll $12, %eax
    addl $ap_stacks, %eax
    movl %eax, %esp
    call ap_main
    jmp halt_forever

/* Exceptions 0..31: push the vector and report it; the kernel never resumes after one. */
    .macro exception_stub vector
exception_\vector:
    pushl $\vector
    jmp exception_common
    .endm
    .irp v, 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31
    exception_stub \v
    .endr

exception_common:
    call cpu_exception
    jmp halt_forever

    .section .rodata
    .align 4
    .globl exception_stubs
exception_stubs:
    .irp v, 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31
    .long exception_\v
    .endr

    .section .text
/* The wake-up IPI only has to end HLT; acknowledging it is all the work there is. */
    .globl interrupt_stub
interrupt_stub:
    movl $0, LAPIC_EOI_REGISTER
    iret

/* A spurious interrupt sets no in-service bit, so it must not be acknowledged. */
    .globl spurious_stub
spurious_stub:
    iret

    /* No executable stack: this object needs none. */
    .section .note.GNU-stack, "", @progbits
