#include "serial.h"
#include "x86.h"

#define COM1 0x3F8
#define LINE_STATUS (COM1 + 5)
#define DATA_READY 0x01
#define TRANSMIT_EMPTY 0x20

static void serial_put(char c)
{
    while ((inb(LINE_STATUS) & TRANSMIT_EMPTY) == 0) {
        cpu_relax();
    }
    outb(COM1, (unsigned char) c);
}

void serial_write(const char *text)
{
    for (; *text != '\0'; text++) {
        serial_put(*text);
    }
}

/* Decimal by subtracting powers of ten: 64-bit division would need libgcc, which a
 * 32-bit freestanding build does not have. */
void serial_write_u64(unsigned long long value)
{
    static const unsigned long long powers[] = {
        10000000000000000000ULL, 1000000000000000000ULL, 100000000000000000ULL,
        10000000000000000ULL, 1000000000000000ULL, 100000000000000ULL, 10000000000000ULL,
        1000000000000ULL, 100000000000ULL, 10000000000ULL, 1000000000ULL, 100000000ULL,
        10000000ULL, 1000000ULL, 100000ULL, 10000ULL, 1000ULL, 100ULL, 10ULL, 1ULL,
    };
    int started = 0;
    for (unsigned int p = 0; p < sizeof powers / sizeof powers[0]; p++) {
        char digit = '0';
        while (value >= powers[p]) {
            value -= powers[p];
            digit++;
        }
        if (digit != '0' || started || powers[p] == 1) {
            serial_put(digit);
            started = 1;
        }
    }
}

void serial_wait_for_byte(void)
{
    while ((inb(LINE_STATUS) & DATA_READY) == 0) {
        cpu_relax();
    }
    (void) inb(COM1);
}
