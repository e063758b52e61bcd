"""The portal's local read model of Halo: tickets the portal has seen and their actions.

Fed by every read and write the portal makes (the client's observer), by Halo's webhooks and by a
periodic delta sync; employee pages and the Ask box read from it, so a page costs no Halo call at
steady state and still shows something while Halo is away. Who may see what is decided in one
place, `mirror.access`."""
