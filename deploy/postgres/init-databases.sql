-- One database per service (and one for the demo EHR), owned by the application user the container created.
CREATE DATABASE gateway OWNER second_opinion;
CREATE DATABASE assessment OWNER second_opinion;
CREATE DATABASE notification OWNER second_opinion;
CREATE DATABASE hapi OWNER second_opinion;
