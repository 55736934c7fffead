-- One database per service (no service reads another's tables).
CREATE DATABASE registry_vn;
CREATE DATABASE registry_kh;
CREATE DATABASE registry_th;
CREATE DATABASE matching;
CREATE DATABASE events;
CREATE DATABASE trade;
CREATE DATABASE webhooks;
CREATE DATABASE web;
