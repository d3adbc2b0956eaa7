/* Port I/O and local APIC access for the freestanding image. */
#ifndef TICKWISE_X86_H
#define TICKWISE_X86_H

#include "layout.h"

static inline void outb(unsigned short port, unsigned char value)
{
    __asm__ volatile("outb %0, %1" : : "a"(value), "Nd"(port));
}

static inline void outw(unsigned short port, unsigned short value)
{
    __asm__ volatile("outw %0, %1" : : "a"(value), "Nd"(port));
}

static inline unsigned char inb(unsigned short port)
{
    unsigned char value;
    __asm__ volatile("inb %1, %0" : "=a"(value) : "Nd"(port));
    return value;
}

static inline void cpu_relax(void)
{
    __asm__ volatile("pause" ::: "memory");
}

static inline unsigned int lapic_read(unsigned int offset)
{
    return *(volatile unsigned int *) (LAPIC_BASE + offset);
}

static inline void lapic_write(unsigned int offset, unsigned int value)
{
    *(volatile unsigned int *) (LAPIC_BASE + offset) = value;
}

static inline unsigned int lapic_id(void)
{
    return lapic_read(0x20) >> 24;
}

void halt_forever(void) __attribute__((noreturn));

#endif
