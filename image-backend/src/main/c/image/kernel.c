/*
 * A multicore unikernel in the manner of the paper's multicore IncludeOS, reduced to the
 * experiment: the bootstrap processor (BSP) reads its parameters, wakes the application
 * processors (APs) with INIT/SIPI/SIPI, and every processor claims tasks through one
 * LOCK-prefixed counter, runs them without preemption and stores the result in its own
 * slot of an APIC-ID-indexed array. Idle processors halt. The BSP runs a task too, then
 * sleeps in HLT until the last finisher sends it an IPI, prints the results over COM1 and
 * leaves QEMU through isa-debug-exit.
 *
 * Kernel command line (multiboot, from QEMU's -append):
 *   bound=B tasks=T [hang=1]
 * hang=1 makes the BSP halt forever after "ready"; it exists to test the launcher's timeout.
 */
#include "../task/primes.h"
#include "layout.h"
#include "serial.h"
#include "x86.h"

#define MULTIBOOT_BOOTLOADER_MAGIC 0x2BADB002
#define MULTIBOOT_INFO_CMDLINE (1u << 2)

#define FW_CFG_SELECTOR 0x510
#define FW_CFG_DATA 0x511
#define FW_CFG_SIGNATURE 0x00
#define FW_CFG_NB_CPUS 0x05

/* isa-debug-exit turns a written value v into QEMU's exit status (v << 1) | 1. */
#define DEBUG_EXIT_PORT 0xF4
#define EXIT_SUCCESS_VALUE 0x31 /* status 99 */
#define EXIT_FAILURE_VALUE 0x10 /* status 33 */

#define LAPIC_SPURIOUS 0xF0
#define LAPIC_ICR_LOW 0x300
#define LAPIC_ICR_HIGH 0x310
#define ICR_DELIVERY_PENDING (1u << 12)
#define ICR_LEVEL_ASSERT (1u << 14)
#define ICR_ALL_EXCLUDING_SELF (3u << 18)
#define ICR_INIT (5u << 8)
#define ICR_STARTUP (6u << 8)
#define ICR_FIXED (0u << 8)

#define SPURIOUS_VECTOR 0xFF
#define WAKE_VECTOR 0x40

struct multiboot_info {
    unsigned int flags;
    unsigned int mem_lower;
    unsigned int mem_upper;
    unsigned int boot_device;
    unsigned int cmdline;
};

struct apic_slot {
    unsigned int tasks_run;
    unsigned long long primes;
};

struct idt_gate {
    unsigned short offset_low;
    unsigned short selector;
    unsigned char zero;
    unsigned char type_attributes;
    unsigned short offset_high;
} __attribute__((packed));

struct idt_pointer {
    unsigned short limit;
    unsigned int base;
} __attribute__((packed));

extern const unsigned int exception_stubs[32];
extern void interrupt_stub(void);
extern void spurious_stub(void);
extern const char ap_trampoline_start[];
extern const char ap_trampoline_end[];

unsigned char ap_stacks[MAX_APIC_IDS][AP_STACK_SIZE] __attribute__((aligned(16)));

static struct idt_gate idt[256];

/* Written by the BSP before any AP exists; read-only afterwards. */
static unsigned int task_bound;
static unsigned int task_count;
static unsigned int tasks_per_processor;
static unsigned int bsp_apic_id;

/* Shared between processors: only touched through LOCK-prefixed atomics. */
static unsigned int next_task;
static unsigned int tasks_finished;

/* Each slot is written only by the processor whose APIC ID indexes it. */
static volatile struct apic_slot results[MAX_APIC_IDS];

static void leave_qemu(unsigned char value) __attribute__((noreturn));
static void leave_qemu(unsigned char value)
{
    outb(DEBUG_EXIT_PORT, value);
    halt_forever();
}

static void fail(const char *problem) __attribute__((noreturn));
static void fail(const char *problem)
{
    serial_write("error ");
    serial_write(problem);
    serial_write("\n");
    leave_qemu(EXIT_FAILURE_VALUE);
}

void cpu_exception(unsigned int vector)
{
    serial_write("error cpu exception ");
    serial_write_u64(vector);
    serial_write(" on apic ");
    serial_write_u64(lapic_id());
    serial_write("\n");
    leave_qemu(EXIT_FAILURE_VALUE);
}

/* --- command line --------------------------------------------------------------- */

static int starts_with(const char *text, const char *prefix)
{
    while (*prefix != '\0') {
        if (*text++ != *prefix++) {
            return 0;
        }
    }
    return 1;
}

/* Parses a decimal up to the next blank; returns 0 for anything but a 32-bit number. */
static int parse_u32(const char *text, unsigned int *value)
{
    unsigned int result = 0;
    const char *p = text;
    for (; *p != '\0' && *p != ' '; p++) {
        if (*p < '0' || *p > '9') {
            return 0;
        }
        unsigned int digit = (unsigned int) (*p - '0');
        if (result > (0xFFFFFFFFu - digit) / 10u) {
            return 0;
        }
        result = result * 10u + digit;
    }
    *value = result;
    return p != text;
}

struct parameters {
    unsigned int bound;
    unsigned int tasks;
    unsigned int hang;
};

/* QEMU passes "<kernel path> <-append text>"; unknown words such as the path are skipped. */
static struct parameters parse_command_line(const char *line)
{
    struct parameters params = { 0, 0, 0 };
    int have_bound = 0;
    int have_tasks = 0;
    const char *p = line;
    while (*p != '\0') {
        while (*p == ' ') {
            p++;
        }
        if (starts_with(p, "bound=")) {
            have_bound = parse_u32(p + 6, &params.bound);
            if (!have_bound) {
                fail("bound= needs a 32-bit unsigned number");
            }
        } else if (starts_with(p, "tasks=")) {
            have_tasks = parse_u32(p + 6, &params.tasks);
            if (!have_tasks || params.tasks == 0) {
                fail("tasks= needs a positive 32-bit number");
            }
        } else if (starts_with(p, "hang=")) {
            if (!parse_u32(p + 5, &params.hang)) {
                fail("hang= needs 0 or 1");
            }
        }
        while (*p != '\0' && *p != ' ') {
            p++;
        }
    }
    if (!have_bound || !have_tasks) {
        fail("command line needs bound=B tasks=T");
    }
    return params;
}

/* --- QEMU firmware configuration -------------------------------------------------- */

static void fw_cfg_select(unsigned short key)
{
    outw(FW_CFG_SELECTOR, key);
}

static unsigned int processor_count(void)
{
    fw_cfg_select(FW_CFG_SIGNATURE);
    if (inb(FW_CFG_DATA) != 'Q' || inb(FW_CFG_DATA) != 'E' || inb(FW_CFG_DATA) != 'M'
        || inb(FW_CFG_DATA) != 'U') {
        fail("no QEMU fw_cfg device to read the processor count from");
    }
    fw_cfg_select(FW_CFG_NB_CPUS);
    unsigned int low = inb(FW_CFG_DATA);
    unsigned int high = inb(FW_CFG_DATA);
    return low | (high << 8);
}

/* --- interrupts ------------------------------------------------------------------- */

static void set_gate(unsigned int vector, unsigned int handler)
{
    idt[vector].offset_low = (unsigned short) (handler & 0xFFFF);
    idt[vector].selector = CODE_SELECTOR;
    idt[vector].zero = 0;
    idt[vector].type_attributes = 0x8E; /* present, ring 0, 32-bit interrupt gate */
    idt[vector].offset_high = (unsigned short) (handler >> 16);
}

static void build_idt(void)
{
    for (unsigned int v = 0; v < 32; v++) {
        set_gate(v, exception_stubs[v]);
    }
    for (unsigned int v = 32; v < 256; v++) {
        set_gate(v, (unsigned int) interrupt_stub);
    }
    set_gate(SPURIOUS_VECTOR, (unsigned int) spurious_stub);
}

static void load_idt(void)
{
    struct idt_pointer pointer = { sizeof idt - 1, (unsigned int) idt };
    __asm__ volatile("lidt %0" : : "m"(pointer));
}

/* Nothing but the wake-up IPI may interrupt: no PIC, no timer, no ticks in the guest. */
static void mask_legacy_pic(void)
{
    outb(0x21, 0xFF);
    outb(0xA1, 0xFF);
}

static void enable_local_apic(void)
{
    lapic_write(LAPIC_SPURIOUS, (1u << 8) | SPURIOUS_VECTOR);
}

static void send_ipi(unsigned int destination, unsigned int command)
{
    lapic_write(LAPIC_ICR_HIGH, destination << 24);
    lapic_write(LAPIC_ICR_LOW, command);
    while (lapic_read(LAPIC_ICR_LOW) & ICR_DELIVERY_PENDING) {
        cpu_relax();
    }
}

/* --- SMP ---------------------------------------------------------------------------- */

/* IncludeOS-style broadcast start-up without the MP-spec delays: the APs are virtual, and
 * the second STARTUP IPI covers an AP that was still handling INIT when the first came. */
static void wake_application_processors(void)
{
    volatile char *trampoline = (volatile char *) TRAMPOLINE_BASE;
    for (const char *p = ap_trampoline_start; p < ap_trampoline_end; p++) {
        *trampoline++ = *p;
    }
    unsigned int startup = ICR_STARTUP | ICR_LEVEL_ASSERT | ICR_ALL_EXCLUDING_SELF
        | (TRAMPOLINE_BASE >> 12);
    send_ipi(0, ICR_INIT | ICR_LEVEL_ASSERT | ICR_ALL_EXCLUDING_SELF);
    send_ipi(0, startup);
    send_ipi(0, startup);
}

/* Non-preemptive: a processor runs each task it claims to the end, at most
 * tasks_per_processor of them, so with no more tasks than processors each gets one. */
static void run_claimed_tasks(unsigned int apic_id)
{
    for (unsigned int claimed = 0; claimed < tasks_per_processor; claimed++) {
        unsigned int task = __atomic_fetch_add(&next_task, 1u, __ATOMIC_SEQ_CST);
        if (task >= task_count) {
            return;
        }
        unsigned int primes = count_primes_below(task_bound);
        results[apic_id].primes += primes;
        results[apic_id].tasks_run += 1;
        unsigned int finished = __atomic_add_fetch(&tasks_finished, 1u, __ATOMIC_SEQ_CST);
        if (finished == task_count && apic_id != bsp_apic_id) {
            send_ipi(bsp_apic_id, ICR_FIXED | ICR_LEVEL_ASSERT | WAKE_VECTOR);
        }
    }
}

/* Interrupts stay off except inside "sti; hlt": STI delays them by one instruction, so an
 * IPI that lands after the check still ends the HLT instead of being lost before it. */
static void sleep_until_all_tasks_finished(void)
{
    for (;;) {
        __asm__ volatile("cli" ::: "memory");
        if (__atomic_load_n(&tasks_finished, __ATOMIC_SEQ_CST) == task_count) {
            return;
        }
        __asm__ volatile("sti; hlt" ::: "memory");
    }
}

void ap_main(void)
{
    load_idt();
    enable_local_apic();
    run_claimed_tasks(lapic_id());
    halt_forever();
}

static void report_results(void)
{
    unsigned long long sum = 0;
    for (unsigned int id = 0; id < MAX_APIC_IDS; id++) {
        if (results[id].tasks_run == 0) {
            continue;
        }
        serial_write("result ");
        serial_write_u64(id);
        serial_write(" ");
        serial_write_u64(results[id].tasks_run);
        serial_write(" ");
        serial_write_u64(results[id].primes);
        serial_write("\n");
        sum += results[id].primes;
    }
    serial_write("sum ");
    serial_write_u64(sum);
    serial_write("\n");
}

void bsp_main(unsigned int magic, const struct multiboot_info *info)
{
    if (magic != MULTIBOOT_BOOTLOADER_MAGIC || (info->flags & MULTIBOOT_INFO_CMDLINE) == 0) {
        fail("not started by a multiboot loader with a command line");
    }
    struct parameters params = parse_command_line((const char *) info->cmdline);
    unsigned int processors = processor_count();
    if (processors == 0 || processors > MAX_APIC_IDS - 1) {
        fail("fw_cfg reports an unusable processor count");
    }
    task_bound = params.bound;
    task_count = params.tasks;
    tasks_per_processor = (params.tasks + processors - 1) / processors;

    build_idt();
    load_idt();
    mask_legacy_pic();
    enable_local_apic();
    bsp_apic_id = lapic_id();

    serial_write("ready cpus ");
    serial_write_u64(processors);
    serial_write("\n");
    if (params.hang) {
        halt_forever();
    }

    if (processors > 1) {
        wake_application_processors();
    }
    run_claimed_tasks(bsp_apic_id);
    sleep_until_all_tasks_finished();
    report_results();

    /* The launcher reads this process's CPU ticks now, then releases it with one byte. */
    serial_wait_for_byte();
    leave_qemu(EXIT_SUCCESS_VALUE);
}
