/*
 * The paper's CPU-bound task: count the primes below a bound by naive trial division.
 * The same source is compiled for Linux (runner) and for the freestanding 32-bit image,
 * so it sticks to 32-bit unsigned arithmetic: the image has no libgcc for 64-bit division.
 */
#ifndef TICKWISE_PRIMES_H
#define TICKWISE_PRIMES_H

unsigned int count_primes_below(unsigned int bound);

#endif
