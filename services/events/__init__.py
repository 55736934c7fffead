"""Trade fairs: fairs, booths, exhibitor applications, bookings and the B2B meeting schedule."""
