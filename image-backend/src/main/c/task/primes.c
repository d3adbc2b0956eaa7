#include "primes.h"

unsigned int count_primes_below(unsigned int bound)
{
    unsigned int count = 0;
    for (unsigned int n = 2; n < bound; n++) {
        unsigned int prime = 1;
        /* Deliberately naive: every candidate divisor up to n-1, one DIV each, as in the paper. */
        for (unsigned int i = 2; i < n; i++) {
            if (n % i == 0) {
                prime = 0;
                break;
            }
        }
        count += prime;
    }
    return count;
}
