/* COM1 console: the only channel between the image and the launcher. */
#ifndef TICKWISE_SERIAL_H
#define TICKWISE_SERIAL_H

void serial_write(const char *text);
void serial_write_u64(unsigned long long value);
void serial_wait_for_byte(void);

#endif
