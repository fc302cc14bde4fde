<?php
echo "shop";
