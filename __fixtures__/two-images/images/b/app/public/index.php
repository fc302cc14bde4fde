<?php
echo "workers";
